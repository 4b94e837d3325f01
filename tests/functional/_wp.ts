import { workplacePosts } from '../corpus/workplace/load';
import { check } from './harness';
const posts = workplacePosts(); let bad = 0;
for (const p of posts) { const f = check(p); if (f.length) { bad++; console.log(JSON.stringify(p), f.map(x => `${x.ruleId.split('.').pop()}:${x.severity}[${x.match}] ${x.confidence} ${x.explain}`).join(' || ')); } }
console.log(`${bad}/${posts.length}`);
