import { defineRule } from '../define-rule';
import { CREDIT_ANCHORS, creditCheck, NOT_A_SANCTION, VAGUE_BASIS } from './_credit';

const VAGUE = new RegExp(VAGUE_BASIS);

/** The same listing or punishment with only “依法”“按照有关规定” for a basis: the reviewer must find the statute. */
export default defineRule({
  id: 'credit-listing-vague-basis',
  category: 'credit-sanction-overreach',
  title: '纳入失信名单或联合惩戒仅称“依法”而未援引依据',
  message:
    '本条称“依法”“按照有关规定”将相对人纳入失信名单、信用记录或实施惩戒，但没有写明具体依据。国办发〔2020〕49号文要求惩戒措施直接援引法律、法规或者党中央、国务院政策文件，并实行清单管理；请核实该领域是否确有设列名单和惩戒的上位依据，且惩戒与失信程度相当。',
  suggestion: '写明依据的法律、法规名称和条款；找不到依据的，删除该内容。',
  basis: [
    { law: '国办发〔2020〕49号' },
    { law: '优化营商环境条例', article: '第六十四条' },
  ],
  severity: 'warning',
  docTypes: {
    law: 'off',
    'administrative-regulation': 'off',
    'local-regulation': 'info',
    internal: 'info',
  },
  unless: [NOT_A_SANCTION],
  match: {
    type: 'clause',
    anchors: CREDIT_ANCHORS,
    check: (c) => (VAGUE.test(c.sentence) ? creditCheck(c) : []),
  },
  examples: {
    bad: [
      '交通违法行为信息将按照有关规定[[纳入个人信用记录]]，按失信分值分级管理。',
      '对拒不履行垃圾分类义务的单位，依法依规[[实施联合惩戒]]。',
    ],
    good: [
      '依照《中华人民共和国慈善法》第一百零一条的规定，将慈善组织的违法信息纳入信用记录。',
      '对守信主体依法给予激励，将其良好信用信息纳入信用记录。',
      '依法依规加强信用监管，建立健全失信联合惩戒机制。',
    ],
  },
});
