import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import {readdirSync, readFileSync} from 'node:fs';
const root='/work/shared/data/bbc-news'; let parts=[];
for (const d of readdirSync(root,{withFileTypes:true})) if(d.isDirectory()) for(const f of readdirSync(root+'/'+d.name).sort()) if(f.endsWith('.txt')) parts.push(readFileSync(root+'/'+d.name+'/'+f,'utf8'));
const text=parts.join('\n\n');
const nlp = winkNLP(model, ['pos']); const its=nlp.its;
for (const mode of ['article','paragraph','article','paragraph','whole']) {
 const units = mode==='article'?parts: mode==='whole'?[text]:text.split(/\n+/);
 let t0=performance.now(); let n=0;
 for (const u of units){ const doc=nlp.readDoc(u); const v=doc.tokens().out(its.value), s=doc.tokens().out(its.precedingSpaces), p=doc.tokens().out(its.pos); n+=v.length;}
 let t2=performance.now();
 console.log(mode, units.length, n, (t2-t0).toFixed(0),'ms', Math.round(n/((t2-t0)/1000)));
}
