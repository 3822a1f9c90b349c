import { loadModel } from '/work/wt-cite/scripts/build-content.ts';
const model = await loadModel('seeds');
for (const c of model.citations) console.log(c.document, c.anchor, c.segment, c.form, c.printed, '→', c.cites.type, c.cites.id, c.measure ?? '', c.task ?? '', c.localTask ?? '', '|', c.sentence.slice(0, 50));
