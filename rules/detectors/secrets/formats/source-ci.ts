/**
 * Source hosting, CI and package registry tokens. NOTICE: some prefixes and lengths follow gitleaks
 * (config/gitleaks.toml), MIT License, Copyright (c) 2019 Zachary Rice. Patterns are written for this project.
 */
import type { SecretFamily, SecretFormat } from '../format';
import { L, R, decodeBase64, no, ok, prefixed, re } from './util';

const github: SecretFormat[] = [
  prefixed('github-pat', 'GitHub personal access token', 'ghp_', '[A-Za-z0-9]{36}'),
  prefixed('github-oauth', 'GitHub OAuth access token', 'gho_', '[A-Za-z0-9]{36}'),
  prefixed('github-user-to-server', 'GitHub app user-to-server token', 'ghu_', '[A-Za-z0-9]{36}'),
  prefixed('github-server-to-server', 'GitHub app installation token', 'ghs_', '[A-Za-z0-9]{36}'),
  prefixed('github-refresh', 'GitHub refresh token', 'ghr_', '[A-Za-z0-9]{36,76}'),
  prefixed('github-fine-grained-pat', 'GitHub fine-grained personal access token', 'github_pat_', '[A-Za-z0-9]{22}_[A-Za-z0-9]{59}'),
];

const gitlab: SecretFormat[] = [
  prefixed('gitlab-pat', 'GitLab personal access token', 'glpat-', '[A-Za-z0-9_-]{20,60}'),
  prefixed('gitlab-pipeline-trigger', 'GitLab pipeline trigger token', 'glptt-', '[A-Za-z0-9_-]{40}'),
  prefixed('gitlab-runner-registration', 'GitLab runner registration token', 'GR1348941', '[A-Za-z0-9_-]{20,40}', { keywords: ['gr1348941'] }),
  prefixed('gitlab-runner-auth', 'GitLab runner authentication token', 'glrt-', '[A-Za-z0-9_-]{20,60}'),
  prefixed('gitlab-deploy', 'GitLab deploy token', 'gldt-', '[A-Za-z0-9_-]{20,60}'),
  prefixed('gitlab-other', 'GitLab token', 'glcbt-', '[A-Za-z0-9_-]{20,60}'),
  prefixed('gitlab-feed', 'GitLab feed token', 'glft-', '[A-Za-z0-9_-]{20,60}'),
  prefixed('gitlab-oauth-secret', 'GitLab OAuth application secret', 'gloas-', '[A-Za-z0-9_-]{40,80}'),
];

const bitbucket = prefixed('bitbucket-app-password', 'Bitbucket app password', 'ATBB', '[A-Za-z0-9_=.-]{28,40}', { keywords: ['atbb'] });
const atlassian = prefixed('atlassian-api-token', 'Atlassian API token', 'ATATT3', '[A-Za-z0-9_=-]{40,200}', { keywords: ['atatt3'], minEntropy: 3.5 });

const registries: SecretFormat[] = [
  prefixed('npm-token', 'npm access token', 'npm_', '[A-Za-z0-9]{36}'),
  prefixed('pypi-token', 'PyPI upload token', 'pypi-AgEIcHlwaS5vcmc', '[A-Za-z0-9_-]{40,300}', { keywords: ['pypi-ageichlwas5vcmc'] }),
  prefixed('rubygems-key', 'RubyGems API key', 'rubygems_', '[a-f0-9]{48}'),
  prefixed('nuget-key', 'NuGet API key', 'oy2', '[a-z0-9]{43}', { confidence: 0.85, minEntropy: 3.5 }),
  prefixed('crates-io-token', 'crates.io API token', 'cio', '[A-Za-z0-9]{32}', { confidence: 0.8, minEntropy: 4 }),
  prefixed('docker-hub-pat', 'Docker Hub personal access token', 'dckr_pat_', '[A-Za-z0-9_-]{27}'),
  prefixed('docker-hub-oat', 'Docker Hub organisation access token', 'dckr_oat_', '[A-Za-z0-9_-]{27,32}'),
  prefixed('artifactory-api-key', 'JFrog Artifactory API key', 'AKCp', '[A-Za-z0-9]{65,75}', { keywords: ['akcp'] }),
  prefixed('terraform-cloud-token', 'Terraform Cloud / HCP token', '', '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}', { keywords: ['.atlasv1.'] }),
  prefixed('clojars-token', 'Clojars deploy token', 'CLOJARS_', '[a-z0-9]{60}', { keywords: ['clojars_'] }),
  prefixed('packagist-token', 'Private Packagist token', 'packagist_', '[ou][ru]t_[a-f0-9]{68}'),
  prefixed('artifactory-reference-token', 'JFrog Artifactory reference token', 'cmVmdGtu', '[A-Za-z0-9]{56}', { keywords: ['cmvmdgtu'] }),
];

const ci: SecretFormat[] = [
  prefixed('circleci-pat', 'CircleCI personal API token', 'CCIPAT_', '[A-Za-z0-9]{22}_[a-f0-9]{40}', { keywords: ['ccipat_'] }),
  prefixed('sonarqube-token', 'SonarQube token', 'sqp_', '[a-f0-9]{40}'),
  prefixed('sonarqube-user-token', 'SonarQube user token', 'squ_', '[a-f0-9]{40}'),
  prefixed('sonarqube-analysis-token', 'SonarQube analysis token', 'sqa_', '[a-f0-9]{40}'),
  prefixed('buildkite-token', 'Buildkite API token', 'bkua_', '[a-f0-9]{40}'),
  prefixed('harness-pat', 'Harness access token', 'pat.', '[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}'),
  prefixed('octopus-deploy-key', 'Octopus Deploy API key', 'API-', '[A-Z0-9]{26}', { keywords: ['api-'], confidence: 0.85, minEntropy: 3.5 }),
  prefixed('scalingo-token', 'Scalingo API token', 'tk-us-', '[A-Za-z0-9_-]{48}'),
  prefixed('netlify-pat', 'Netlify personal access token', 'nfp_', '[A-Za-z0-9]{36}'),
  prefixed('supabase-pat', 'Supabase personal access token', 'sbp_', '[a-f0-9]{40}'),
  prefixed('render-key', 'Render API key', 'rnd_', '[A-Za-z0-9]{32}', { minEntropy: 3.5 }),
  {
    id: 'vault-token',
    name: 'HashiCorp Vault token',
    keywords: ['hvs.', 'hvb.', 'hvr.'],
    pattern: re(`${L}(?<s>hv[sbr]\\.[A-Za-z0-9_-]{24,400})${R}`),
    confidence: 0.95,
    minEntropy: 3.5,
    prefixLength: 4,
  },
  {
    id: 'vault-legacy-token',
    name: 'HashiCorp Vault token (legacy)',
    keywords: ['vault'],
    pattern: re(`vault[A-Za-z0-9_ -]{0,20}(?:token|key)["']?\\s*(?:[:=]>?|:=|\\s)\\s*["']?(?<s>[sbr]\\.[A-Za-z0-9]{24,100})${R}`, 'i'),
    confidence: 0.9,
    minEntropy: 3.5,
    prefixLength: 2,
  },
  prefixed('databricks-token', 'Databricks personal access token', 'dapi', '[a-f0-9]{32}(?:-\\d)?'),
  {
    id: 'doppler-token',
    name: 'Doppler token',
    keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    pattern: re(`${L}(?<s>dp\\.(?:pt|st(?:\\.[a-z0-9_-]{2,35})?|ct|sa|scim|audit)\\.[A-Za-z0-9]{40,44})${R}`),
    confidence: 0.95,
    minEntropy: 3.5,
  },
  prefixed('grafana-cloud-token', 'Grafana Cloud token', 'glc_', '[A-Za-z0-9+/=_-]{32,400}'),
  prefixed('grafana-service-account', 'Grafana service account token', 'glsa_', '[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}'),
  prefixed('grafana-api-key', 'Grafana API key', 'eyJrIjoi', '[A-Za-z0-9+/_-]{40,400}={0,2}', {
    keywords: ['eyjrijoi'],
    confidence: 0.9,
    // Other products also base64 a JSON object starting {"k":…; a Grafana key carries a name and an id.
    check: (s) => {
      const d = decodeBase64(s.slice(0, s.length - (s.length % 4)));
      return d && /"n":/.test(d) && /"id":/.test(d) ? ok(undefined, 'decodes to a Grafana key object') : no('does not decode to a Grafana key object');
    },
  }),
  {
    id: 'kubernetes-bootstrap-token',
    name: 'Kubernetes bootstrap token',
    keywords: ['bootstrap', 'token-secret'],
    pattern: re(`(?:bootstrap[_-]?token["']?\\s*[:=]?\\s*["']?(?<s>[a-z0-9]{6}\\.[a-z0-9]{16})|token-secret:\\s*["']?(?<t>[a-z0-9]{16}))${R}`, 'i'),
    confidence: 0.9,
    minEntropy: 3,
  },
  {
    id: 'vault-unseal-key',
    name: 'HashiCorp Vault unseal key',
    keywords: ['unseal'],
    pattern: re(`(?:unseal key \\d{1,2}:|operator unseal)\\s+(?<s>[A-Za-z0-9+/]{43,45}={0,2})(?![A-Za-z0-9+/=])`, 'i'),
    confidence: 0.95,
    minEntropy: 4,
  },
];

export const SOURCE_CI_FORMATS: SecretFamily[] = [
  { id: 'github-token', title: 'GitHub tokens', formats: github },
  { id: 'gitlab-token', title: 'GitLab tokens', formats: gitlab },
  { id: 'atlassian-token', title: 'Atlassian and Bitbucket tokens', formats: [bitbucket, atlassian] },
  { id: 'package-registry-token', title: 'Package registry tokens (npm, PyPI, RubyGems, NuGet, crates.io, Docker Hub, Artifactory, Terraform)', formats: registries },
  { id: 'ci-devops-token', title: 'CI, secrets-manager and observability tokens (CircleCI, SonarQube, Vault, Databricks, Doppler, Grafana)', formats: ci },
];
