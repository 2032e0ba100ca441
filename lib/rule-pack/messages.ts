/** Words a PackIssue for the reviewer: where (rule number and id, field path) and what, in the UI language. */
import type { Strings } from '../../locales';
import { locate, type PackIssue } from './validate';

function what(issue: PackIssue, t: Strings): string {
  switch (issue.kind) {
    case 'json':
      return t.errJson(issue.detail);
    case 'format':
      return t.errFormat;
    case 'version':
      return t.errVersion(issue.found);
    case 'duplicate-id':
      return t.errDuplicateId;
    case 'builtin-id':
      return t.errBuiltinId;
    case 'installed-id':
      return t.errInstalledId(issue.pack);
    case 'regex-compile':
      return t.errRegexCompile(issue.detail);
    case 'regex-unsafe':
      return t.errRegexUnsafe;
    case 'regex-slow':
      return t.errRegexSlow(issue.input, issue.length, issue.ms);
    case 'example-missed':
      return t.errExampleMissed(issue.marked);
    case 'example-fired':
      return t.errExampleFired(issue.quotes.join(t.listJoin));
    case 'schema':
      return schemaText(issue, t);
  }
}

function schemaText(issue: Extract<PackIssue, { kind: 'schema' }>, t: Strings): string {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'missing':
      return t.errMissing;
    case 'invalid_type':
      return t.errType(issue.expected ?? '');
    case 'too_small':
      return t.errTooSmall(issue.origin ?? '', issue.minimum ?? 0);
    case 'too_big':
      return t.errTooBig(issue.origin ?? '', issue.maximum ?? 0);
    case 'unrecognized_keys':
      return t.errUnknownKeys((issue.keys ?? []).join(', '));
    case 'invalid_value':
    case 'invalid_union':
      return issue.options?.length ? t.errOneOf(issue.options.join(' / ')) : t.errInvalid;
    case 'invalid_format':
      return last === 'id' ? t.errIdFormat : t.errInvalid;
    case 'custom':
      return last === 'category' ? t.errCategory : t.errInvalid;
    default:
      return t.errInvalid;
  }
}

/**
 * "第 3 条规则（my-rule） · rules[2].match.patterns[0]：正则表达式无法编译：…". `raw` is what was validated (to name
 * the rule); `scope` says what the paths are relative to: a pack file, or the one rule of the form.
 */
export function formatIssue(issue: PackIssue, raw: unknown, t: Strings, scope: 'pack' | 'rule' = 'pack'): string {
  const loc = locate(issue, scope === 'pack' ? raw : undefined);
  const where = scope === 'rule' ? t.issueInForm : loc.ruleIndex !== undefined ? t.issueInRule(loc.ruleIndex + 1, loc.ruleId) : t.issueInPack;
  return t.issueAt(where, loc.field, what(issue, t));
}
