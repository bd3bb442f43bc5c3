import { readFileSync } from 'fs';
import { readPlainText } from './src/core/plainText';
import { analyzeDocument } from './src/core/header/parse';
import { detectProfile } from './src/core/header/profile';
import { createDocument } from './src/core/model';
const show = (d: any) => { const a = analyzeDocument(d); const strip = (o: any) => JSON.stringify(o, (k, v) => (k === 'lines' && Array.isArray(v) && v.length > 5 ? undefined : v));
  console.log(strip(a.header)); console.log(strip(a.signature)); console.log(a.bodyStart, a.bodyEnd); console.log(JSON.stringify(detectProfile(d).scores), detectProfile(d).profile); };
for (const f of ['001_1d6683048ed9c242.txt','000_e4afd91083a3c978.txt']) show(readPlainText(readFileSync('/work/shared/seeds/'+f,'utf8')));
const c = (table: number, row: number, cell: number) => ({ table, row, cell });
show(createDocument([
 { text: 'CHÍNH PHỦ', cell: c(0,0,0) }, { text: '_______', cell: c(0,0,0) }, { text: '', cell: c(0,0,0) }, { text: 'Số: 30/2020/NĐ-CP', cell: c(0,0,0) },
 { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', cell: c(0,0,1) }, { text: 'Độc lập - Tự do - Hạnh phúc', cell: c(0,0,1) }, { text: '________________________________________', cell: c(0,0,1) }, { text: 'Hà Nội, ngày 05 tháng 3 năm 2020', cell: c(0,0,1) },
 '', '', 'NGHỊ ĐỊNH', 'Về công tác văn thư', '__________', '', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', 'Theo đề nghị của Bộ trưởng Bộ Nội vụ;', 'Chính phủ ban hành Nghị định về công tác văn thư.', 'Chương I',
 { text: 'Nơi nhận:', cell: c(1,0,0) }, { text: '- Ban Bí thư Trung ương Đảng;', cell: c(1,0,0) }, { text: '- Các bộ, cơ quan ngang bộ,', cell: c(1,0,0) }, { text: '\u00a0\u00a0 cơ quan thuộc Chính phủ;', cell: c(1,0,0) }, { text: '- Lưu: VT, HC (2).', cell: c(1,0,0) },
 { text: 'TM. CHÍNH PHỦ', cell: c(1,0,1) }, { text: 'THỦ TƯỚNG', cell: c(1,0,1) }, { text: '', cell: c(1,0,1) }, { text: '[ (Đã ký)', cell: c(1,0,1) }, { text: 'Nguyễn Xuân Phúc', cell: c(1,0,1) },
]));
