import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
console.log(typeof model.core, Object.keys(model.core));
let t0=performance.now(); for(let i=0;i<20;i++) winkNLP(model,['pos']); console.log('init ms', (performance.now()-t0)/20);
