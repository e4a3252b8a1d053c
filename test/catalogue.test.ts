// The catalogue of user-facing messages (src/catalogue.ts): every entry
// rendered with sample parameters and asserted verbatim, the helpers that
// make Messages from it, and a guard that no stage writes its own wording.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  CATALOGUE,
  httpStatusOf,
  messageFor,
  reasonFor,
  ruleIdOf,
  WARNING_TITLES,
  type HttpMessageId,
  type MessageId,
  type ParamsOf,
} from "../src/catalogue.js";
import { formatMessage, KommunpressError, usageError, usageErrorFor } from "../src/messages.js";

/** One row per entry (the type makes a missing entry a compile error): sample parameters → the exact text. */
const TABLE: { [K in MessageId]: [ParamsOf<K>, string] } = {
  usage: [["--port ska vara ett heltal 0–65535, inte \"x\""], "--port ska vara ett heltal 0–65535, inte \"x\""],
  "usage/kpi": [["N0067"], "\"N0067\" är inget Kolada-id; ett id är en stor bokstav och fem siffror, t.ex. N00671"],
  "usage/year": [["19"], "\"19\" är inget år; skriv fyra siffror, t.ex. 2024"],
  "usage/year-range": [["2025-2023"], "\"2025-2023\" är ingen följd av år; skriv t.ex. 2023-2025"],
  "usage/municipality": [["126"], "\"126\" är ingen kommunkod; skriv fyra siffror, t.ex. 0126 (eller en Kolada-grupp, t.ex. G92793)"],
  "usage/period": [["v60-v70"], "\"v60-v70\" är ingen mätperiod; skriv veckor som v11-v19 eller datum som 2025-03-10:2025-05-09"],
  "usage/period-order": [["v19-v11"], "mätperioden \"v19-v11\" slutar före den börjar"],
  "usage/timeout": [["0"], "\"0\" är ingen tidsgräns; skriv antal sekunder, t.ex. 30"],
  "usage/delay": [["-1"], "\"-1\" är ingen väntetid; skriv antal sekunder, t.ex. 1 eller 0,5"],
  "usage/empty": [["--kpi"], "--kpi behöver minst ett värde"],
  "usage/from-and-years": [[], "ange antingen --from (alla år från och med ett år) eller --years (vissa år), inte båda"],
  "usage/from-after-year": [[2025, 2024], "--from 2025 ligger efter undersökningsåret 2024"],
  "usage/format": [[["docs", "txt"], ["md", "html", "pdf"]], "okänt format docs, txt; välj bland md, html, pdf eller all"],
  "usage/municipality-not-in-data": [["Ankeborg", "data/kkik.yaml"], "kommunen \"Ankeborg\" finns inte i data/kkik.yaml"],
  "usage/several-municipalities": [["data/kkik.yaml", 3], "data/kkik.yaml har 3 kommuner; välj en med --municipality <kod|namn> (eller kör kommunpress batch)"],
  "usage/no-municipalities": [["data/tom.yaml"], "data/tom.yaml har inga kommuner"],
  "usage/kpi-not-in-mapping": [[["N00999", "N00998"], "egen.yaml"], "N00999, N00998 finns inte i mappningsfilen egen.yaml; lägg till indikatorer för dem eller välj en annan fil med --map"],
  "usage/kpi-or-map": [[], "ange vilka nyckeltal som ska hämtas med --kpi (t.ex. --kpi N00671,N00672,N00673,N00674) eller --map <fil>"],
  "usage/unknown-code": [["0999"], "kommunkoden 0999 finns inte bland Sveriges kommuner"],
  "no-mapping": [[["N00999"]], "ingen inbyggd mappningsfil täcker N00999; ange en egen med --map <fil> (se data/kolada/ för exempel)"],
  "file-missing": [[], "filen finns inte"],
  "file-is-directory": [[], "är en mapp, inte en fil"],
  "file-unreadable": [["EIO"], "filen kan inte läsas (EIO)"],
  "file-unreadable/permission": [[], "filen kan inte läsas (behörighet saknas)"],
  "not-utf8": [[], "filen är inte kodad som UTF-8 (är den sparad som Latin-1 eller Windows-1252?); spara den som UTF-8"],
  "not-utf8/utf16": [[], "filen är kodad som UTF-16; spara den som UTF-8"],
  "too-deep": [[64], "filen är för djupt nästlad (mer än 64 nivåer), filen avvisas"],
  "file-empty": [[], "filen är tom"],
  "duplicate-key": [["name"], "fältet \"name\" förekommer två gånger"],
  "duplicate-key/line": [["name", 3], "fältet \"name\" förekommer redan på rad 3"],
  "yaml-syntax": [["fel indrag"], "ogiltig YAML: fel indrag"],
  "yaml-syntax/alias": [["bas"], "ogiltig YAML: aliaset *bas pekar inte på något ankare; &bas måste stå före"],
  "yaml-warning": [["okänd tagg !x; värdet läses som text"], "YAML: okänd tagg !x; värdet läses som text"],
  "alias-bomb": [[100], "för många alias (fler än 100 uppslag via *namn), filen avvisas"],
  "json-syntax": [["kolon saknas efter fältnamnet"], "ogiltig JSON: kolon saknas efter fältnamnet"],
  "editorial-not-regular": [["fifo"], "är en namngiven pipe (FIFO), inte en vanlig fil; filen läses inte"],
  "editorial-link-outside": [[], "är en symbolisk länk till en fil utanför mappen (--editorial); filen läses inte"],
  "editorial-link-broken": [[], "är en symbolisk länk som inte pekar på någon fil; filen läses inte"],
  "editorial-unreadable": [["EIO"], "filen kan inte läsas (EIO)"],
  "editorial-unreadable/permission": [[], "filen kan inte läsas (behörighet saknas)"],
  "editorial-not-directory": [[], "är en fil, inte en mapp (--editorial ska vara en mapp)"],
  "editorial-dir-missing": [[], "mappen finns inte (--editorial)"],
  "editorial-dir-unreadable": [["EACCES"], "mappen kan inte läsas (EACCES)"],
  "editorial-unknown-code": [["9999"], "ingen kommun med koden \"9999\" i datafilen; filen används inte"],
  "editorial-duplicate": [["0126", "0126.yaml"], "kommun 0126 har redan en redaktionell fil (0126.yaml)"],
  "unknown-field": [["heading", "headline"], "okänt fält \"heading\" (menade du \"headline\"?)"],
  "missing-field": [[], "fältet saknas"],
  "wrong-type": [["ett tal", "text (\"98\")"], "ska vara ett tal, inte text (\"98\")"],
  "wrong-type/root": [["dataset", "en lista"], "filen ska innehålla fälten survey, thresholds, indicators och municipalities, inte en lista"],
  "wrong-shape": [[], "värdet har fel form"],
  "wrong-shape/period": [[], "perioden ska anges som weeks: [41, 46] eller som from: och to: med datum (ÅÅÅÅ-MM-DD)"],
  "code-format": [[], "koden ska vara fyra siffror, t.ex. \"0126\""],
  "code-format/number": [[126], "koden ska vara fyra siffror inom citattecken, t.ex. \"0126\", inte talet 126"],
  "code-format/code-or-group": [["X1"], "\"X1\" är ingen kommunkod (fyra siffror) eller grupp (G…)"],
  "indicator-id-format": [[], "id ska bestå av små bokstäver a–z, siffror och bindestreck, t.ex. \"epost-en-dag\""],
  "kolada-format": [[], "Kolada-id ska vara en stor bokstav och fem siffror, t.ex. \"N00671\""],
  "date-format": [[], "datumet ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2020-01-23"],
  "date-invalid": [["2020-02-30"], "\"2020-02-30\" är inget giltigt datum"],
  "email-format": [["anna@"], "\"anna@\" är ingen giltig e-postadress"],
  "key-format": [["x y"], "ogiltig nyckel \"x y\""],
  "key-format/year": [["19"], "\"19\" är inget år; året ska vara fyra siffror, t.ex. 2019"],
  format: [["abc"], "\"abc\" har fel format"],
  "invalid-value": [["\"procnt\"", ["percent", "index"], "percent"], "\"procnt\" är inget tillåtet värde; välj ett av: percent, index (menade du \"percent\"?)"],
  empty: [[], "får inte vara tom"],
  "list-length/empty": [[], "listan får inte vara tom"],
  "list-length/min": [[2], "listan ska ha minst 2 element"],
  "list-length/max": [[3], "listan får ha högst 3 element"],
  "list-length/weeks": [[], "ska vara två veckonummer, t.ex. [41, 46]"],
  "range/week": [[54], "veckan ska vara 1–53, inte 54"],
  "range/negative": [[-1.5], "-1,5 får inte vara negativt"],
  "range/not-positive": [[0], "ska vara större än 0, inte 0"],
  "range/min": [[1990, 1899], "ska vara minst 1990, inte 1899"],
  "range/max": [[2100, 2200.5], "ska vara högst 2100, inte 2200,5"],
  "range/other": [["för lång"], "för lång"],
  invalid: [[], "ogiltigt värde"],
  "invalid/schema": [["from ska vara före to"], "from ska vara före to"],
  "invalid/found": [["ska vara ett heltal", "talet 2,5"], "ska vara ett heltal, inte talet 2,5"],
  "unknown-indicator": [["epost-en-da", "epost-en-dag"], "\"epost-en-da\" är ingen indikator i indicators (menade du \"epost-en-dag\"?)"],
  "value-range": [[104, "percent"], "104 ligger utanför 0–100 för enheten procent"],
  "value-range/negative": [[-3.5, "minutes"], "-3,5 får inte vara negativt för enheten minuter"],
  "unknown-group": [["G9"], "gruppen \"G9\" finns inte i groups"],
  "duplicate-code": [["0126", 12, "Huddinge"], "koden \"0126\" förekommer redan på rad 12 (Huddinge)"],
  "duplicate-indicator": [["epost-en-dag", 30], "indikatorn \"epost-en-dag\" förekommer redan på rad 30"],
  "duplicate-group": [["storstad", 20], "gruppen \"storstad\" förekommer redan på rad 20"],
  "duplicate-kpi": [["N00671", 14], "Kolada-id \"N00671\" förekommer redan på rad 14"],
  "no-results-for-year": [[2019], "ingen kommun har resultat för 2019"],
  "output-write": [["out/2019", "disken är full", "ENOSPC", "Frigör utrymme eller välj en annan mapp med --out"], "kan inte skriva till out/2019: disken är full (ENOSPC). Frigör utrymme eller välj en annan mapp med --out och kör sedan samma kommando igen; det som redan är klart görs inte om."],
  "output-locked": [["out/2019", 4242, "", "2026-12-01 12:00:00", "out/2019/.kommunpress.lock"], "out/2019 används redan av en annan körning av kommunpress (process 4242, startad 2026-12-01 12:00:00). Vänta tills den är klar eller välj en annan mapp med --out. Pågår ingen sådan körning kan du ta bort out/2019/.kommunpress.lock."],
  "unit-count": [[], "enheten count (antal) kan inte skrivas i ett pressmeddelande; använd percent, index, hours, minutes eller seconds"],
  "threshold-order": [[1.5, 3], "strong (1,5) får inte vara mindre än same (3)"],
  "no-previous-year": [[2018], "inga resultat för 2018; jämförelse med föregående år utelämnas"],
  "no-quote": [[], "inget citat; pressmeddelandet får en platshållare [CITAT: …]"],
  "no-contact": [[], "ingen kontaktperson; pressmeddelandet har en platshållare [KONTAKT: …]"],
  "no-about": [["[OM KOMMUNEN:"], "ingen om-text; pressmeddelandet har en platshållare [OM KOMMUNEN: …]"],
  "no-date": [[], "inget datum; datumraden har en platshållare [DATUM]"],
  "national-incomplete": [[262, 264], "datafilen har resultat för 262 av 264 deltagande kommuner; snitt som räknas fram, högst och lägst, antal kommuner och kommungrupper utelämnas"],
  "yaml-syntax/phrase-bank": [["BAD_INDENT"], "ogiltig YAML i frasbanken (BAD_INDENT)"],
  "phrase-bank/unknown-slot": [["lead.sideways"], 'okänd situation "lead.sideways" i frasbanken'],
  "phrase-bank/not-a-list": [[], "ska vara en lista med varianter"],
  "phrase-bank/not-text": [[], "varje variant ska vara en text"],
  "phrase-bank/unknown-token": [["ort", ["kommun", "år"]], "okänd platshållare {ort}; här går det att använda {kommun}, {år}"],
  "phrase-bank/lone-brace": [[], "ensam klammerparentes i varianten"],
  "phrase-bank/duplicate": [[], "samma variant står två gånger"],
  "phrase-bank/too-few": [[3, 2], "behöver minst 3 varianter, har 2"],
  "phrase-bank/missing-slot": [["headline.none"], 'situationen "headline.none" saknas i frasbanken'],
  "phrase-bank-exhausted": [["lead.up"], "frasbanken har för få varianter för \"lead.up\"; en variant upprepas"],
  "kolada-empty": [[], "svaret är tomt"],
  "kolada-format/not-envelope": [["en lista"], "ska vara ett svar från Koladas data-API: { \"values\": [...], \"count\": …, \"next_url\": … }, inte en lista"],
  "kolada-format/no-values": [[], "fältet values saknas; filen ska vara ett svar från Koladas data-API: { \"values\": [...], \"count\": …, \"next_url\": … }"],
  "kolada-metadata": [[], "innehåller Koladas metadata (id, title), inte data; spara svar från /v3/data/kpi/<id>/municipality/<kod>/year/<år>"],
  "kolada-ou": [[], "innehåller data för organisatoriska enheter (ou); bara data per kommun (municipality) kan importeras"],
  "kolada-more": [[5], "… och 5 fel till i samma fil"],
  "kolada-empty-folder": [[], "mappen innehåller inga .json-filer med Kolada-svar"],
  "file-unreadable/kolada": [["EISDIR"], "filen går inte att läsa (EISDIR)"],
  "kolada-missing-page": [["https://api.kolada.se/v3/data?page=2"], "svaret fortsätter på en sida som inte finns bland filerna (next_url: https://api.kolada.se/v3/data?page=2); ta med alla sidor, annars saknas värden"],
  "kolada-fetch/network": [["api.kolada.se", "ECONNREFUSED", 4], "kunde inte nå api.kolada.se (ECONNREFUSED) efter 4 försök; kontrollera nätverksanslutningen (och eventuell proxy) eller försök igen senare"],
  "kolada-fetch/timeout": [["api.kolada.se", 1, 4], "api.kolada.se svarade inte inom 1 sekund (4 försök, 4 sekunder sammanlagt); försök igen senare eller ge mer tid med --timeout"],
  "kolada-fetch/rate-limited": [["api.kolada.se", 4], "api.kolada.se svarade 429 (för många anrop) på 4 försök; vänta några minuter och kör igen (svar som redan hämtats ligger kvar i cachen)"],
  "kolada-fetch/retry-after": [["api.kolada.se", 90.25], "api.kolada.se svarade 429 (för många anrop) och ber oss vänta 90,3 sekunder; kör igen senare (svar som redan hämtats ligger kvar i cachen)"],
  "kolada-fetch/server-error": [["api.kolada.se", 503, "Service Unavailable", 4], "api.kolada.se svarade 503 (Service Unavailable) på 4 försök; Kolada har problem just nu, försök igen senare"],
  "kolada-fetch/bad-request": [["api.kolada.se"], "api.kolada.se svarade 400 (felaktig fråga); kontrollera KPI-id (t.ex. N00671), kommunkoder (fyra siffror) och år"],
  "kolada-fetch/not-found": [["api.kolada.se", "https://api.kolada.se/v3"], "api.kolada.se svarade 404 (finns inte); kontrollera --base-url (https://api.kolada.se/v3) och KPI-id"],
  "kolada-fetch/other-status": [["api.kolada.se", 418, ""], "api.kolada.se svarade 418; kontrollera frågan eller försök igen senare"],
  "kolada-fetch/paging-loop": [["api.kolada.se"], "api.kolada.se pekade på en sida som redan hämtats (next_url går i cirkel); hämtningen avbröts"],
  "kolada-fetch/too-many-pages": [[200], "fler än 200 sidor; hämtningen avbröts (begränsa frågan med --municipality eller --year)"],
  "kolada-fetch/foreign-next": [["api.kolada.se", "https://example.com/p2"], "nästa sida (https://example.com/p2) ligger inte på api.kolada.se; hämtningen avbröts"],
  "kolada-fetch/cache-write": [[".cache/kolada", "EACCES"], "kunde inte spara svaret i cachen .cache/kolada (EACCES); ange en annan mapp med --cache"],
  "kolada-no-values/fetch": [[["N00671"], [2023, 2024]], "Kolada har inga värden för N00671 för 2023, 2024; kontrollera KPI-id och år (Servicemätningen finns från 2022)"],
  "kolada-no-values": [[["N00671", "N00672"]], "svaren innehåller inga värden för någon kommun för mappningsfilens nyckeltal (N00671, N00672)"],
  "kolada-year-missing": [[2025, [2023, 2024]], "inga värden för 2025 i svaren (år med värden: 2023, 2024)"],
  "period-missing": [[2024], "mätperioden för 2024 saknas: ange --period (t.ex. --period v11-v19 eller --period 2024-03-11:2024-05-10) eller lägg till survey.period (eller years.2024.period) i mappningsfilen"],
  "kolada-unmapped": [[["N00999"]], "nyckeltalen N00999 finns inte i mappningsfilen; deras värden används inte"],
  "kolada-unknown-code": [[["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010"]], "koderna 0001, 0002, 0003, 0004, 0005, 0006, 0007, 0008 och 2 till är inga kommuner i referensdata (regioner?); deras värden används inte"],
  "kolada-unknown-group": [[["G1"]], "grupperna G1 är inga kommungrupper i referensdata; deras värden används inte"],
  "kolada-no-national": [[2024], "svaren saknar värden för riket (0000) 2024; jämförelser med riket utelämnas"],
  "kolada-computed-groups": [[], "svaren saknar Koladas gruppvärden (G…): kommungruppernas värden räknades fram som ovägt medel av kommunerna i svaren"],
  "kolada-indicator-empty": [["N00671", "epost-en-dag", 2024], "N00671 (epost-en-dag) har inga värden för 2024"],
  "kolada-conflict": [["N00671", "0126", 2024, 87.5, 90], "N00671 för 0126 2024 förekommer med två olika värden (87,5 och 90); det senare används"],
  "kolada-null-value": [["N00671", "Huddinge (0126)", 2024], "N00671 för Huddinge (0126) 2024 har inget värde (null) i svaret; det hoppas över"],
  "kolada-null-value/more": [[12], "… och 12 tomma värden (null) till i samma svar"],
  "no-results-for-year/municipality": [["Huddinge", "0126", 2019], "Huddinge (0126) har inga resultat för 2019"],
  "national-no-data": [[2019, 2, 250], "inget att sammanfatta för riket 2019: datafilen har inga värden under national för året och resultat för 2 av 250 deltagande kommuner"],
  "template/style-end": [[], "stilmallen får inte innehålla </style>"],
  "template/undefined": [["rubrik"], "mallen använder {{rubrik}}, som inte finns"],
  "template/syntax": [["Parse error on line 3"], "fel i mallen: Parse error on line 3"],
  "template-unreadable": [["mallen", "behörighet saknas"], "mallen kan inte läsas: behörighet saknas"],
  "template-missing": [["release.md.hbs"], "mallen release.md.hbs finns inte"],
  "output-guard": [["undefined", "är undefined procent"], "texten innehåller undefined: \"…är undefined procent…\""],
  "output-guard/unit": [[["98", "12"], "Huddinge svarade 98 av 12."], "talet 98, 12 saknar enhet i meningen \"Huddinge svarade 98 av 12.\""],
  "index-link": [["../x"], "\"../x\" är inget giltigt mapp- eller filnamn för en länk på indexsidan"],
  "pdf-timeout": [[2500], "PDF: tidsgränsen på 2,5\u00A0s överskreds"],
  "pdf-render": [["Target closed"], "PDF: kunde inte skapa dokumentet: Target closed"],
  "browser-missing": [[], "Ingen webbläsare hittades för PDF (Chromium eller Google Chrome behövs).\nInstallera Chromium, på Debian/Ubuntu: sudo apt-get install chromium\neller ange en befintlig webbläsare med --browser <sökväg> eller miljövariabeln PUPPETEER_EXECUTABLE_PATH.\nFormaten md, html och json fungerar utan webbläsare."],
  "browser-path": [["/opt/chrome", "--browser"], "webbläsaren /opt/chrome (från --browser) finns inte eller är ingen körbar fil"],
  "browser-launch": [["/usr/bin/chromium", "spawn EACCES"], "kunde inte starta webbläsaren /usr/bin/chromium: spawn EACCES"],
  "browser-crashed": [["/usr/bin/chromium", 3], "webbläsaren /usr/bin/chromium har stängts oväntat 3 gånger; ger upp"],
  "page-crashed": [[], "webbläsarens sida kraschade två gånger i rad när dokumentet skulle skapas"],
  "browser-closed": [[], "webbläsaren är redan stängd"],
  "usage/positive-integer": [["--concurrency", "0"], "--concurrency ska vara ett heltal större än noll, inte \"0\""],
  "usage/only-code": [[["126", "x"]], "--only: 126, x är ingen kommunkod (fyra siffror)"],
  "usage/port": [["70000"], "--port ska vara ett heltal 0–65535, inte \"70000\""],
  "unknown-municipality": [[["9999"], "data/kkik.yaml"], "--only: 9999 finns inte i data/kkik.yaml"],
  "port-in-use": [[4173], "porten 4173 används redan; välj en annan med --port"],
  "template/font-css": [[], "typsnittens CSS innehåller otillåtna konstruktioner"],
  "font-missing": [["@fontsource/source-sans-3/files/x.woff2"], "typsnittet @fontsource/source-sans-3/files/x.woff2 saknas; kör npm install"],
  "logo-missing": [["logo.png"], "logotypen logo.png går inte att läsa"],
  "logo-format": [["logo.gif"], "logotypen logo.gif är inte en PNG-, JPEG- eller SVG-fil"],
  "logo-format/data-url": [[], "logotypen måste vara en PNG-, JPEG- eller SVG-bild (data:-URL, base64)"],
  "html-guard": [["attributet onclick"], "HTML-sidan innehåller attributet onclick"],
  "manifest-unreadable": [["manifest.json"], "manifest.json kunde inte läsas (filen kan inte läsas); alla pressmeddelanden görs om"],
  "manifest-unreadable/json": [["manifest.json"], "manifest.json kunde inte läsas (ogiltig JSON); alla pressmeddelanden görs om"],
  "manifest-unreadable/format": [["manifest.json"], "manifest.json kunde inte läsas (fel format); alla pressmeddelanden görs om"],
  "approvals-unreadable": [[], "filen med godkännanden kan inte läsas"],
  "approvals-invalid": [[], "filen med godkännanden har fel format; inga godkännanden används"],
  "approvals-invalid/json": [[], "filen med godkännanden är inte giltig JSON; inga godkännanden används"],
  "hand-edit-kept": [["0126 Huddinge", "pressmeddelande.md", "pressmeddelande.redigerad.md"], "0126 Huddinge: pressmeddelande.md var ändrad för hand och skrevs inte över; din version finns kvar som pressmeddelande.redigerad.md."],
  "publish-skipped/not-approved": [[], "inte godkänd"],
  "publish-skipped/changed": [[["datat har ändrats", "den redaktionella texten har ändrats"]], "ändrad efter godkännande (datat har ändrats, den redaktionella texten har ändrats)"],
  "publish-skipped/failed": [["PDF: tidsgränsen på 30\u00A0s överskreds"], "kunde inte göras: PDF: tidsgränsen på 30\u00A0s överskreds"],
  "publish-skipped/data-errors": [[["data.yaml:4:9: a: x", "data.yaml:5:9: b: y"]], "fel i underlaget: data.yaml:4:9: a: x; data.yaml:5:9: b: y"],
  "publish-skipped/data-errors-elsewhere": [[], "fel i underlaget för en eller flera kommuner"],
  "publish-skipped/not-in-data": [[], "finns inte längre i datafilen"],
  unexpected: [["boom"], "oväntat fel: boom"],
  "unexpected/detail": [["boom"], "boom"],
  "no-release/no-results": [["2019", ["2017", "2018"]], "datafilen har inga resultat för 2019 (bara för 2017 och 2018)"],
  "no-release": [[], "inget pressmeddelande görs för kommunen"],
  "nothing-to-print": [[], "Det finns ingen version att skapa PDF av."],
  "http-bad-target": [[], "Ogiltig adress."],
  "http-forbidden/host": [[], "Okänd värd i Host-huvudet. Öppna förhandsgranskningen via 127.0.0.1 eller localhost."],
  "http-forbidden/origin": [[], "Ändringar tas bara emot från förhandsgranskningens egna sidor."],
  "http-forbidden/cross-site": [[], "Filerna skapas bara på begäran från förhandsgranskningens egna sidor. Öppna förhandsgranskningen och hämta filen därifrån."],
  "http-forbidden/token": [[], "Formuläret är för gammalt eller kommer inte från förhandsgranskningen. Ladda om sidan och försök igen."],
  "http-not-found": [[], "Sidan finns inte."],
  "http-not-found/file": [[], "Filen finns inte."],
  "http-not-found/unknown-id": [[], "Det finns inget pressmeddelande med den koden i datafilen."],
  "http-not-found/release": [["0126"], "Det finns inget pressmeddelande för 0126."],
  "http-not-found/release-why": [["Huddinge kommun", "0126", "inga resultat för 2019"], "Det finns inget pressmeddelande för Huddinge kommun (0126): inga resultat för 2019."],
  "http-not-found/nothing-to-show": [[], "Det finns ingen version av pressmeddelandet att visa."],
  "http-method-not-allowed": [[], "Metoden stöds inte här."],
  "http-conflict/excluded": [["0126", ["data.yaml:4:9: a: x", "data.yaml:5:9: b: y"]], "Pressmeddelandet för 0126 kan inte göras: data.yaml:4:9: a: x; data.yaml:5:9: b: y"],
  "http-conflict/approvals-file": [[["filen med godkännanden kan inte läsas"], "kkik.godkannanden.json"], "filen med godkännanden kan inte läsas (kkik.godkannanden.json). Rätta eller ta bort filen."],
  "http-conflict/not-approvable": [[], "Pressmeddelandet kan inte godkännas just nu: underlaget eller pressmeddelandet har fel."],
  "http-conflict/changed": [[], "Pressmeddelandet har ändrats sedan sidan visades. Gå tillbaka, granska den nya versionen och godkänn den."],
  "http-too-large": [[65536], "Formuläret är för stort (högst 64 kB)."],
  "http-unsupported-type": [[], "Formuläret ska skickas som application/x-www-form-urlencoded."],
  "http-internal": [[], "Något gick fel i förhandsgranskningen. Se terminalen för detaljer."],
  "http-unavailable/pdf": [["PDF: kunde inte skapa dokumentet: Target closed"], "PDF: kunde inte skapa dokumentet: Target closed"],
  "http-unavailable/file": [["docx", "Word-filens zip: trasig"], "Word-filen kunde inte skapas: Word-filens zip: trasig"],
};

describe("the catalogue", () => {
  it.each(Object.keys(TABLE) as MessageId[])("%s", (id) => {
    const [params, text] = TABLE[id] as [unknown[], string];
    expect((reasonFor as (id: MessageId, ...p: unknown[]) => string)(id, ...params)).toBe(text);
  });

  it("has a row in the table for every entry, and no other", () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  it("names every entry <ruleId> or <ruleId>/<variant>, in lower case with hyphens", () => {
    for (const id of Object.keys(CATALOGUE)) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/);
  });

  it("gives the rule of a variant as the part before the slash", () => {
    expect(ruleIdOf("range/week")).toBe("range");
    expect(ruleIdOf("value-range")).toBe("value-range");
  });

  it("appends the hint after the message", () => {
    expect(CATALOGUE["not-utf8/utf16"].hint).toBe("spara den som UTF-8");
    expect(reasonFor("not-utf8/utf16")).toBe(`${CATALOGUE["not-utf8/utf16"].message()}; spara den som UTF-8`);
  });

  it("has the short titles of the release warnings, by rule", () => {
    expect(WARNING_TITLES).toEqual({
      "no-previous-year": "inga resultat för föregående år",
      "no-quote": "inget citat",
      "no-contact": "ingen kontaktperson",
      "no-about": "ingen om-text",
      "no-date": "inget datum",
      "phrase-bank-exhausted": "frasbanken räckte inte till",
    });
  });
});

describe("the preview's HTTP error pages", () => {
  it("have the status of their entry", () => {
    const ids = (Object.keys(CATALOGUE) as MessageId[]).filter((id): id is HttpMessageId => id.startsWith("http-"));
    expect(Object.fromEntries(ids.map((id) => [id, httpStatusOf(id)]))).toEqual({
      "http-bad-target": 400,
      "http-forbidden/host": 403,
      "http-forbidden/origin": 403,
      "http-forbidden/cross-site": 403,
      "http-forbidden/token": 403,
      "http-not-found": 404,
      "http-not-found/file": 404,
      "http-not-found/unknown-id": 404,
      "http-not-found/release": 404,
      "http-not-found/release-why": 404,
      "http-not-found/nothing-to-show": 404,
      "http-method-not-allowed": 405,
      "http-conflict/excluded": 409,
      "http-conflict/approvals-file": 409,
      "http-conflict/not-approvable": 409,
      "http-conflict/changed": 409,
      "http-too-large": 413,
      "http-unsupported-type": 415,
      "http-internal": 500,
      "http-unavailable/pdf": 503,
      "http-unavailable/file": 503,
    });
  });

  it("fall back to a general sentence when the PDF failed without a reason", () => {
    expect(reasonFor("http-unavailable/pdf", null)).toBe("PDF:en kunde inte skapas.");
  });
});

describe("messageFor", () => {
  it("makes a Message with the entry's rule and severity, and only the places given", () => {
    const m = messageFor("value-range", { file: "data.yaml", path: "municipalities[0].results.2019.x", position: { line: 4, column: 9 } }, 104, "percent");
    expect(m).toEqual({
      ruleId: "value-range",
      severity: "error",
      reason: "104 ligger utanför 0–100 för enheten procent",
      file: "data.yaml",
      path: "municipalities[0].results.2019.x",
      position: { line: 4, column: 9 },
    });
    expect(formatMessage(m)).toBe("data.yaml:4:9: municipalities[0].results.2019.x: 104 ligger utanför 0–100 för enheten procent");
    const w = messageFor("no-previous-year", { file: undefined }, 2018);
    expect(Object.keys(w)).toEqual(["ruleId", "severity", "reason"]);
    expect(formatMessage(w)).toBe("varning: inga resultat för 2018; jämförelse med föregående år utelämnas");
  });

  it("makes usage errors with exit code 2", () => {
    const e = usageErrorFor("usage/year", "19");
    expect(e).toBeInstanceOf(KommunpressError);
    expect(e.exitCode).toBe(2);
    expect(e.messages).toEqual([{ ruleId: "usage", severity: "error", reason: '"19" är inget år; skriv fyra siffror, t.ex. 2024' }]);
    expect(usageError("fritt").messages).toEqual([{ ruleId: "usage", severity: "error", reason: "fritt" }]);
  });
});

// ---------------------------------------------------------------------------
// No wording outside the catalogue

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "src");

/**
 * Ways of writing a message's text or rule by hand: a `ruleId: "…"` (or
 * `ruleId = "…"`) literal, a reason literal, a usage error with its own text,
 * the old helper style `warn("rule", "some text")` / `r.add("rule", "error", …)`
 * (a second literal with a space in it is prose; `warn("no-date", \`${prefix}.date\`)`
 * passes a data path to a catalogue entry),
 * and a preview error page with its own text (`new HttpError(404, "…")`).
 */
const HAND_WRITTEN: readonly RegExp[] = [
  /\bruleId\s*[:=]\s*["'`]/,
  /\breason\s*:\s*["'`]/,
  /\busageError\(\s*["'`]/,
  /\bnew HttpError\(\s*\d+\s*,\s*["'`]/,
  /\b(?:warn|error|fail|refuse|add)\(\s*["'`][a-z-]+["'`]\s*,\s*["'`][^"'`]*\s/,
];

/**
 * Files not converted yet: they were being changed elsewhere when the
 * catalogue came in. The next pass moves their texts into the catalogue and
 * shrinks this list to nothing (the test fails when a listed file is clean,
 * so the list cannot go stale).
 */
const TO_CONVERT_LATER: ReadonlySet<string> = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

/** Lines that write a message by hand (comments skipped), as "line: text". */
function handWritten(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      const code = line.trim();
      if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) return [];
      return HAND_WRITTEN.some((re) => re.test(line)) ? [`${i + 1}: ${code}`] : [];
    });
}

describe("user-facing messages come from the catalogue", () => {
  const files = sourceFiles(SRC)
    .map((f) => path.relative(SRC, f).split(path.sep).join("/"))
    .filter((f) => f !== "catalogue.ts")
    .sort();

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("has no message written by hand outside the catalogue (but in the files still to convert)", () => {
    const found = Object.fromEntries(
      files.filter((f) => !TO_CONVERT_LATER.has(f)).flatMap((f) => {
        const lines = handWritten(path.join(SRC, f));
        return lines.length > 0 ? [[f, lines]] : [];
      }),
    );
    expect(found).toEqual({});
  });

  it("lists only files that still have messages to convert", () => {
    const clean = [...TO_CONVERT_LATER].filter((f) => !files.includes(f) || handWritten(path.join(SRC, f)).length === 0);
    expect(clean).toEqual([]);
  });
});
