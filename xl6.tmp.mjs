const which = process.argv[2];
const ExcelJS = (await import(which==='dist' ? './node_modules/exceljs/dist/exceljs.min.js' : 'exceljs')).default;
const level = +process.argv[3];
const t0=performance.now();
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('审核记录');
ws.columns = Array.from({length:12},(_, i)=>({header:'列'+i, key:'c'+i, width:12}));
const cats=['违法设定行政许可或增设许可条件','违法设定或加重行政处罚','地方保护、排斥外地经营者'];
for (let r=0;r<100000;r++){ ws.addRow([r, '关于加强某某市场管理的若干规定（征求意见稿）', '某府办发〔2024〕'+(r%50)+'号', '张三', '法制科', cats[r%3], 'error', '采纳', '申请人须经主管部门审查同意后方可办理第'+r+'项', '该条款以审查同意作为前置条件，属于变相设定行政许可，建议删除。', '删除“须经主管部门审查同意后”', new Date(1.7e12+r*60000)]); }
const t1=performance.now();
const buf = await wb.xlsx.writeBuffer(level===9?{zip:{compression:"STORE"}}:level>=0?{zip:{compression:"DEFLATE", compressionOptions:{level}}}:{});
const t2=performance.now();
console.log(which, level, (t1-t0)|0,(t2-t1)|0, buf.byteLength);
