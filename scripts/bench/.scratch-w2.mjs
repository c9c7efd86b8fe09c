import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
function show(t){const doc = nlp.readDoc(t);
const v = doc.tokens().out(its.value), s = doc.tokens().out(its.precedingSpaces), p = doc.tokens().out(its.pos);
console.log(v.map((x,i)=>(s[i]?'_':'')+JSON.stringify(x)+'/'+p[i]).join(' '));
console.log(s.map((x,i)=>x+v[i]).join('')===t);}
show("Mr. Mrs. Ms. Dr. Prof. Gen. Sen. Rep. Gov. St. Jr. Sr. Inc. Ltd. Co. Corp. vs. etc. e.g. i.e. U.S. U.K. U.N. a.m. p.m. No. 5 Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Lt. Col. Capt. Sgt. Rev. Mt. Ft. approx. plc. Bros. est.");
show("It costs $1.13bn (£600m) in 2004.Next line!!! Really?!? Wait… what...Yes 3.5% 1,000.50 end.\r\nA\u2028B\u00A0C\u3000D\u2009E\u0085F\vG\fH \uFEFFI\u200BJ");
show("He said \"we go\" and 'they' left. The players' union won't. O'Neill's car. She said:\"Yes.\"He");
show("“We will fight. We will win,” he said. “Go home.” she said. Smith added: “It is over.” Next sentence. J. R. Smith met Plan B. The end");
show("U.S.-based firms. The U.S. The end. 5 p.m. Police came.");
