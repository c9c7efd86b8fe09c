import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import {readdirSync, readFileSync} from 'node:fs';
const root='/work/shared/data/bbc-news'; let parts=[];
for (const d of readdirSync(root,{withFileTypes:true})) if(d.isDirectory()) for(const f of readdirSync(root+'/'+d.name).sort()) if(f.endsWith('.txt')) parts.push(readFileSync(root+'/'+d.name+'/'+f,'utf8'));
const text=parts.join('\n\n'); console.log(parts.length, text.length);
for (const pipe of [['pos'], undefined]) {
const nlp = winkNLP(model, pipe); const its=nlp.its;
for (let r=0;r<2;r++){
let t0=performance.now(); const doc=nlp.readDoc(text); let t1=performance.now();
const v=doc.tokens().out(its.value), s=doc.tokens().out(its.precedingSpaces), p=doc.tokens().out(its.pos); let t2=performance.now();
console.log(pipe, v.length, 'read', (t1-t0).toFixed(0), 'out', (t2-t1).toFixed(0), 'tok/s', Math.round(v.length/((t2-t0)/1000)));
if(r==0) { let ok=0; let c=0; for(let i=0;i<v.length;i++){c+=s[i].length; if(text.startsWith(v[i],c)) ok++; c+=v[i].length;} console.log('lossless', ok, v.length); }
}}
