/* eslint-disable @typescript-eslint/no-this-alias -- ES5 constructor functions: each proxy's queued operations close over the proxy itself. */
/*
 * A small, strict, in-memory fake of the Excel JavaScript API (the part the Offer Evaluator writer uses).
 *
 * Plain JavaScript with no imports, so that it can be injected into a browser page
 * (Playwright's page.addInitScript({ path })) as well as required from Node (jest).
 * Usage:  const fake = createFakeExcel(); globalThis.Excel = fake.Excel;
 *
 * Strict where Excel is strict:
 *  - Excel.run: the batch function must return a promise; queued operations run only at context.sync().
 *  - values / formulas / numberFormat must be 2-D arrays of exactly the range's size (InvalidArgument).
 *    A null inside the array leaves that cell unchanged (as in Excel).
 *  - Reading a property before load() + sync() throws PropertyNotLoaded; so does isNullObject before sync.
 *  - getItemOrNullObject returns a null object (isNullObject true after sync); any other use of a null
 *    object fails the sync with ItemNotFound.
 *  - Strings written through values/formulas are interpreted like typing: "=..." is a formula, "+x"/"-x"
 *    (not a number) and "@x" become formulas, numeric / TRUE / date-like strings are converted, a
 *    leading apostrophe stores the rest as literal text (quotePrefix). Text number format "@" keeps text.
 *  - Sheet names: unique (case-insensitive), 1..31 chars, none of : \ / ? * [ ], not starting or ending
 *    with an apostrophe. Table and defined names share one namespace, unique case-insensitively.
 *  - Tables cannot overlap; an unqualified structured reference ("[@Col]", "[Col]") can only be
 *    written inside a table, a qualified one ("Table[Col]") only names an existing table, and either
 *    only names columns the table has (InvalidArgument otherwise, as Excel refuses such a formula);
 *    resize keeps the header row and must overlap the old range.
 *  - Renaming a table column (its header cell rewritten) rewrites every structured reference to the
 *    old name, in every formula of the workbook, to the new one; deleting a column (helper
 *    deleteTableColumn) turns references to it into #REF!, as Excel does.
 *  - Data validation prompt title <= 32 chars, message <= 255; error title <= 32, message <= 225;
 *    list source <= 255 chars. A cell holds at most 32,767 characters.
 *  - Each context.sync that carries operations is counted; its request payload (UTF-8 bytes of the JSON
 *    of the queued operations) and response size (UTF-8 bytes of the loaded data's JSON) are measured. Above requestLimitBytes
 *    (default 5 MB, Excel on the web's limit) the sync fails with RequestPayloadSizeLimitExceeded.
 * Formulas are stored, not evaluated (an optional evaluate(formula, sheetName, row, col) hook supplies
 * a cached value), except =DATE(y,m,d), computed in the workbook's date system (option date1904: the
 * 1904 system of older Mac workbooks, where serial 0 is 1904-01-01; default the 1900 system).
 */
(function (root) {
  "use strict";

  var ERROR_CODES = {
    invalidArgument: "InvalidArgument",
    itemNotFound: "ItemNotFound",
    itemAlreadyExists: "ItemAlreadyExists",
    propertyNotLoaded: "PropertyNotLoaded",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    generalException: "GeneralException",
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    invalidRequestContext: "InvalidRequestContext",
    notImplemented: "NotImplemented",
  };

  function excelError(code, message) {
    var e = new Error(code + ": " + message);
    e.name = "RichApi.Error";
    e.code = code;
    e.debugInfo = { code: code, message: message };
    return e;
  }

  var MAX_ROWS = 1048576;
  var MAX_COLS = 16384;
  var MAX_CELL_CHARS = 32767;

  /* ---------- addresses ---------- */

  function colToIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
    return n - 1;
  }
  function indexToCol(i) {
    var s = "";
    var n = i + 1;
    while (n > 0) {
      var m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function quoteSheet(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
      ? name
      : "'" + name.replace(/'/g, "''") + "'";
  }
  function rectToA1(rect, absolute) {
    var d = absolute ? "$" : "";
    var a = d + indexToCol(rect.c0) + d + (rect.r0 + 1);
    if (rect.rows === 1 && rect.cols === 1) return a;
    return a + ":" + d + indexToCol(rect.c0 + rect.cols - 1) + d + (rect.r0 + rect.rows);
  }
  /** "A1", "$A$1:$D$5", "Sheet!A1:B2", "'My sheet'!A1" -> { sheetName, rect } */
  function parseAddress(address) {
    if (typeof address !== "string" || address.length === 0) {
      throw excelError(ERROR_CODES.invalidArgument, "The address is not valid: " + String(address));
    }
    var sheetName = null;
    var ref = address;
    var bang = address.lastIndexOf("!");
    if (bang >= 0) {
      sheetName = address.slice(0, bang);
      ref = address.slice(bang + 1);
      if (sheetName.charAt(0) === "'" && sheetName.charAt(sheetName.length - 1) === "'") {
        sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
      }
    }
    var m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref);
    if (!m) throw excelError(ERROR_CODES.invalidArgument, "The address is not valid: " + address);
    var c0 = colToIndex(m[1].toUpperCase());
    var r0 = parseInt(m[2], 10) - 1;
    var c1 = m[3] ? colToIndex(m[3].toUpperCase()) : c0;
    var r1 = m[4] ? parseInt(m[4], 10) - 1 : r0;
    var rect = {
      r0: Math.min(r0, r1),
      c0: Math.min(c0, c1),
      rows: Math.abs(r1 - r0) + 1,
      cols: Math.abs(c1 - c0) + 1,
    };
    checkRect(rect, address);
    return { sheetName: sheetName, rect: rect };
  }
  function checkRect(rect, what) {
    if (
      !(rect.r0 >= 0 && rect.c0 >= 0 && rect.rows >= 1 && rect.cols >= 1) ||
      rect.r0 + rect.rows > MAX_ROWS ||
      rect.c0 + rect.cols > MAX_COLS ||
      [rect.r0, rect.c0, rect.rows, rect.cols].some(function (n) {
        return !Number.isInteger(n);
      })
    ) {
      throw excelError(
        ERROR_CODES.invalidArgument,
        "The range is outside the sheet or empty: " + String(what),
      );
    }
  }
  function overlaps(a, b) {
    return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
  }
  function contains(outer, r, c) {
    return r >= outer.r0 && r < outer.r0 + outer.rows && c >= outer.c0 && c < outer.c0 + outer.cols;
  }
  function key(r, c) {
    return r + "," + c;
  }
  /** UTF-8 bytes of a string (Excel on the web's payload limits count bytes, not characters). */
  function utf8Bytes(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }

  /* ---------- the model ---------- */

  function createFakeExcel(options) {
    options = options || {};
    var requestLimitBytes = options.requestLimitBytes || 5 * 1024 * 1024;
    var responseLimitBytes = options.responseLimitBytes || 5 * 1024 * 1024;
    var evaluate = typeof options.evaluate === "function" ? options.evaluate : null;
    // The workbook's date system: older Mac workbooks count days from 1904-01-01 (serial 0).
    var date1904 = options.date1904 === true;

    var nextId = 1;
    function newId(prefix) {
      var n = nextId++;
      return "{" + prefix + "-" + String(n).padStart(8, "0") + "}";
    }

    var model = {
      sheets: [],
      tables: [],
      names: [],
      settings: new Map(),
      activeSheetId: null,
      application: { calculationSuspended: false, screenUpdatingSuspended: false, uncalculated: 0 },
    };
    var stats = {
      runs: 0,
      syncs: 0,
      syncCalls: 0,
      requestBytes: [],
      responseBytes: [],
      operations: 0,
      suspendCalculation: 0,
      suspendScreenUpdating: 0,
      reset: function () {
        stats.runs = 0;
        stats.syncs = 0;
        stats.syncCalls = 0;
        stats.requestBytes = [];
        stats.responseBytes = [];
        stats.operations = 0;
        stats.suspendCalculation = 0;
        stats.suspendScreenUpdating = 0;
      },
      maxRequestBytes: function () {
        return stats.requestBytes.reduce(function (a, b) {
          return Math.max(a, b);
        }, 0);
      },
    };

    /* --- sheets --- */
    function validateSheetName(name, except) {
      if (typeof name !== "string" || name.length === 0 || name.length > 31) {
        throw excelError(
          ERROR_CODES.invalidArgument,
          "A sheet name must be 1 to 31 characters: " + String(name),
        );
      }
      if (/[:\\/?*[\]]/.test(name) || name.charAt(0) === "'" || name.charAt(name.length - 1) === "'") {
        throw excelError(
          ERROR_CODES.invalidArgument,
          "The sheet name contains characters Excel does not allow: " + name,
        );
      }
      var lower = name.toLowerCase();
      model.sheets.forEach(function (s) {
        if (s !== except && s.name.toLowerCase() === lower) {
          throw excelError(ERROR_CODES.itemAlreadyExists, "A sheet named " + name + " already exists.");
        }
      });
    }
    function addSheet(name) {
      if (name === undefined || name === null) {
        var i = model.sheets.length + 1;
        while (findSheet("Sheet" + i)) i++;
        name = "Sheet" + i;
      }
      validateSheetName(name, null);
      var sheet = {
        id: newId("S"),
        name: name,
        cells: new Map(),
        styles: new Map(),
        columnWidths: new Map(),
        rowHeights: new Map(),
        merges: [],
        validations: new Map(),
        conditionalFormats: [],
        charts: [],
        customProperties: new Map(),
        deleted: false,
      };
      model.sheets.push(sheet);
      if (!model.activeSheetId) model.activeSheetId = sheet.id;
      return sheet;
    }
    function findSheet(key_) {
      var lower = String(key_).toLowerCase();
      for (var i = 0; i < model.sheets.length; i++) {
        var s = model.sheets[i];
        if (s.id === key_ || s.name.toLowerCase() === lower) return s;
      }
      return null;
    }
    function deleteSheet(sheet) {
      if (model.sheets.length === 1)
        throw excelError(ERROR_CODES.invalidOperation, "A workbook must keep at least one sheet.");
      model.tables = model.tables.filter(function (t) {
        return t.sheet !== sheet;
      });
      model.names.forEach(function (n) {
        if (n.sheet === sheet) {
          n.sheet = null;
          n.broken = true;
        }
      });
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      sheet.deleted = true;
      if (model.activeSheetId === sheet.id) model.activeSheetId = model.sheets[0].id;
    }

    /* --- cells --- */
    function getCell(sheet, r, c) {
      return sheet.cells.get(key(r, c)) || null;
    }
    function ensureCell(sheet, r, c) {
      var k = key(r, c);
      var cell = sheet.cells.get(k);
      if (!cell) {
        cell = { value: "", formula: null, numberFormat: "General", quotePrefix: false };
        sheet.cells.set(k, cell);
      }
      return cell;
    }
    /** The serial of a day in the workbook's date system (1900: 1 = 1900-01-01; 1904: 0 = 1904-01-01). */
    function dateSerial(y, m, d) {
      var ms = Date.UTC(y, m - 1, d);
      return Math.round((ms - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / 86400000);
    }
    function cellValue(sheet, r, c) {
      var cell = getCell(sheet, r, c);
      if (!cell) return "";
      // =DATE(y,m,d) is computed, as Excel does, in the workbook's date system.
      var dm = cell.formula !== null ? /^=DATE\((\d{4}),(\d{1,2}),(\d{1,2})\)$/i.exec(cell.formula) : null;
      if (dm) return dateSerial(Number(dm[1]), Number(dm[2]), Number(dm[3]));
      if (cell.formula !== null) {
        if (evaluate) {
          var v = evaluate(cell.formula, sheet.name, r, c);
          return v === undefined || v === null ? "" : v;
        }
        return cell.value;
      }
      return cell.value;
    }
    function cellFormula(sheet, r, c) {
      var cell = getCell(sheet, r, c);
      if (!cell) return "";
      return cell.formula !== null ? cell.formula : cell.value;
    }
    function isNumberText(s) {
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(s.trim()) && s.trim() !== "";
    }
    function dateLike(s) {
      return (
        /^\d{4}-\d{1,2}-\d{1,2}$/.test(s) ||
        /^\d{1,2}[-/]\d{1,2}([-/]\d{2,4})?$/.test(s) ||
        /^\d{1,2}[-/ ](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*([-/ ]\d{2,4})?$/i.test(s)
      );
    }
    function tableAt(sheet, r, c) {
      for (var i = 0; i < model.tables.length; i++) {
        var t = model.tables[i];
        if (t.sheet === sheet && contains(t.rect, r, c)) return t;
      }
      return null;
    }
    function tableByName(name) {
      var lower = name.toLowerCase();
      for (var i = 0; i < model.tables.length; i++) {
        if (model.tables[i].name.toLowerCase() === lower) return model.tables[i];
      }
      return null;
    }
    /**
     * Each structured reference in a formula (string literals already blanked): its whole bracketed
     * specifier, nested brackets included ('-escaped brackets skipped), its table qualifier, and
     * where it starts (the qualifier's first character) and ends (the closing bracket).
     */
    function structuredRefs(g) {
      var refs = [];
      for (var i = 0; i < g.length; i++) {
        if (g.charAt(i) !== "[") continue;
        var depth = 0;
        var j = i;
        for (; j < g.length; j++) {
          var ch = g.charAt(j);
          if (ch === "'") {
            j++;
            continue;
          }
          if (ch === "[") depth++;
          else if (ch === "]" && --depth === 0) break;
        }
        var q = i;
        while (q > 0 && /[A-Za-z0-9_.\\]/.test(g.charAt(q - 1))) q--;
        refs.push({ inner: g.slice(i + 1, j), qualifier: g.slice(q, i), start: q, end: j });
        i = j;
      }
      return refs;
    }
    /** The column names a structured reference's brackets name ("@Col", "@[Col]", "[#This Row],[Col]", "[A]:[B]"). */
    function referencedColumns(inner) {
      var unescape = function (x) {
        return x.replace(/'(.)/g, "$1");
      };
      var body = inner.charAt(0) === "@" ? inner.slice(1) : inner;
      if (body === "") return [];
      if (body.charAt(0) !== "[") return body.charAt(0) === "#" ? [] : [unescape(body)];
      var out = [];
      var re = /\[((?:'.|[^\]])*)\]/g;
      var m;
      while ((m = re.exec(body)) !== null) if (m[1].charAt(0) !== "#") out.push(unescape(m[1]));
      return out;
    }
    function checkFormula(sheet, r, c, f) {
      var g = f.replace(/"(?:[^"]|"")*"/g, '""');
      var here = sheet.name + "!" + indexToCol(c) + (r + 1);
      structuredRefs(g).forEach(function (ref) {
        var inner = ref.inner;
        var qualifier = ref.qualifier;
        var table;
        if (qualifier !== "") {
          table = tableByName(qualifier);
          if (!table) {
            throw excelError(
              ERROR_CODES.invalidArgument,
              "The formula " + f + " refers to a table " + qualifier + " that does not exist (" + here + ").",
            );
          }
        } else {
          // Unqualified structured references ([@Score], [Score]) only work inside a table.
          table = tableAt(sheet, r, c);
          if (!table) {
            throw excelError(
              ERROR_CODES.invalidArgument,
              "The formula " + f + " uses a structured reference outside a table (" + here + ").",
            );
          }
        }
        // As Excel: a structured reference to a column the table does not have is not a formula.
        var headers = tableHeaders(table).map(function (h) {
          return h.toLowerCase();
        });
        referencedColumns(inner).forEach(function (col) {
          if (headers.indexOf(col.toLowerCase()) < 0) {
            throw excelError(
              ERROR_CODES.invalidArgument,
              "The formula " +
                f +
                " names a column " +
                col +
                " that table " +
                table.name +
                " does not have (" +
                here +
                ").",
            );
          }
        });
      });
    }
    /** Writes one input like typing into the cell (values and formulas setters). */
    function writeInput(sheet, r, c, input) {
      if (input === null || input === undefined) return; // null leaves the cell unchanged
      // suspendApiCalculationUntilNextSync: "it is the developer's responsibility to re-calc the
      // workbook, to ensure that any dependencies are propagated". Writes made while it is in force
      // are counted as left uncalculated until application.calculate() runs.
      if (model.application.calculationSuspended) model.application.uncalculated++;
      var t = typeof input;
      if (t === "string" && input.length > MAX_CELL_CHARS) {
        throw excelError(ERROR_CODES.invalidArgument, "A cell holds at most 32,767 characters.");
      }
      if (t !== "string" && t !== "number" && t !== "boolean") {
        throw excelError(
          ERROR_CODES.invalidArgument,
          "Cell values must be strings, numbers or booleans; got " + t + ".",
        );
      }
      if (t === "number" && !Number.isFinite(input)) {
        throw excelError(ERROR_CODES.invalidArgument, "A number in a cell must be finite.");
      }
      var cell = ensureCell(sheet, r, c);
      cell.quotePrefix = false;
      cell.formula = null;
      delete cell.rich;
      if (t !== "string") {
        cell.value = input;
        return;
      }
      var s = input;
      if (s === "") {
        cell.value = "";
        return;
      }
      if (cell.numberFormat === "@") {
        cell.value = s; // text format: stored as typed, never a formula
        return;
      }
      var first = s.charAt(0);
      if (first === "'") {
        cell.value = s.slice(1);
        cell.quotePrefix = true;
        return;
      }
      if (first === "=" && s.length > 1) {
        checkFormula(sheet, r, c, s);
        cell.formula = s;
        cell.value = "";
        return;
      }
      if (isNumberText(s)) {
        var pct = s.trim().slice(-1) === "%";
        cell.value = parseFloat(s) / (pct ? 100 : 1);
        return;
      }
      if ((first === "+" || first === "-") && s.length > 1) {
        cell.formula = "=" + s;
        cell.value = "";
        return;
      }
      if (first === "@" && s.length > 1) {
        cell.formula = "=" + s.slice(1);
        cell.value = "";
        return;
      }
      if (/^(true|false)$/i.test(s)) {
        cell.value = s.toLowerCase() === "true";
        return;
      }
      if (dateLike(s)) {
        cell.value = 40000 + (s.length % 97); // some date serial: the point is that it is no longer text
        cell.coercedFrom = s;
        if (cell.numberFormat === "General") cell.numberFormat = "m/d/yyyy";
        return;
      }
      cell.value = s;
    }
    function check2D(arr, rect, what) {
      if (!Array.isArray(arr) || arr.length !== rect.rows) {
        throw excelError(
          ERROR_CODES.invalidArgument,
          "The number of rows in the " +
            what +
            " array (" +
            (Array.isArray(arr) ? arr.length : "not an array") +
            ") doesn't match the range (" +
            rect.rows +
            " x " +
            rect.cols +
            ").",
        );
      }
      for (var i = 0; i < arr.length; i++) {
        if (!Array.isArray(arr[i]) || arr[i].length !== rect.cols) {
          throw excelError(
            ERROR_CODES.invalidArgument,
            "Row " +
              i +
              " of the " +
              what +
              " array has " +
              (Array.isArray(arr[i]) ? arr[i].length : "no") +
              " columns; the range has " +
              rect.cols +
              ".",
          );
        }
      }
    }
    function normalizeTableHeaders(sheet) {
      model.tables.forEach(function (t) {
        if (t.sheet !== sheet) return;
        var seen = new Set();
        for (var j = 0; j < t.rect.cols; j++) {
          var r = t.rect.r0;
          var c = t.rect.c0 + j;
          var cell = getCell(sheet, r, c);
          var v = cell ? (cell.formula !== null ? "" : String(cell.value)) : "";
          if (cell && cell.formula !== null) {
            cell.formula = null; // header cells hold text
          }
          var name = v === "" ? "Column" + (j + 1) : v;
          var base = name;
          var n = 2;
          while (seen.has(name.toLowerCase())) name = base + n++;
          seen.add(name.toLowerCase());
          if (name !== v) {
            var hc = ensureCell(sheet, r, c);
            hc.value = name;
          }
        }
        followRenames(t);
      });
    }
    /**
     * As Excel: when a table column's header changes (typed, or written through the API), every
     * formula naming the old name in a structured reference is rewritten to the new name. Columns are
     * matched by position on the sheet (the fake has no column ids).
     */
    function followRenames(t) {
      var now = tableHeaders(t);
      var prev = t.prevHeaders || {};
      var renames = {};
      var any = false;
      now.forEach(function (name, j) {
        var old = prev[t.rect.c0 + j];
        if (old !== undefined && old !== name) {
          renames[old.toLowerCase()] = name;
          any = true;
        }
      });
      t.prevHeaders = {};
      now.forEach(function (name, j) {
        t.prevHeaders[t.rect.c0 + j] = name;
      });
      if (any)
        rewriteRefs(t, function (col) {
          var to = renames[col.toLowerCase()];
          return to === undefined ? col : to;
        });
    }
    /** A structured reference to one column as Excel writes it ("[@Growth]", "[@[Data maturity]]", "T[[a-b]]"). */
    function refText(qualifier, column, thisRow) {
      var special = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/.test(column);
      var inner = "[" + column.replace(/(['[\]#])/g, "'$1") + "]";
      if (thisRow) return qualifier + "[@" + (!special && !/\s/.test(column) ? column : inner) + "]";
      return qualifier + "[" + (special ? inner : column) + "]";
    }
    /**
     * Rewrites every structured reference to table t in every formula of the workbook: rename(col)
     * gives the new column name, or null when the column is gone (the reference becomes #REF!).
     */
    function rewriteRefs(t, rename) {
      model.sheets.forEach(function (sheet) {
        sheet.cells.forEach(function (cell, k) {
          if (cell.formula === null) return;
          var rc = k.split(",");
          var r = Number(rc[0]);
          var c = Number(rc[1]);
          var f = cell.formula;
          var g = f.replace(/"(?:[^"]|"")*"/g, function (m) {
            return m.replace(/[[\]']/g, " ");
          });
          var out = "";
          var at = 0;
          structuredRefs(g).forEach(function (ref) {
            var inner = ref.inner;
            var qualifier = ref.qualifier;
            var q = ref.start;
            var j = ref.end;
            var table = qualifier !== "" ? tableByName(qualifier) : tableAt(sheet, r, c);
            var cols = referencedColumns(inner);
            if (table === t && cols.length > 0) {
              var mapped = cols.map(rename);
              var replacement;
              if (mapped.indexOf(null) >= 0) replacement = "#REF!";
              else if (cols.length === 1 && mapped[0] !== cols[0])
                replacement = refText(qualifier, mapped[0], inner.charAt(0) === "@");
              if (replacement !== undefined) {
                out += f.slice(at, q) + replacement;
                at = j + 1;
              }
            }
          });
          if (at > 0) cell.formula = out + f.slice(at);
        });
      });
    }
    /** As the person deleting a table column (Delete > Table Columns): references to it become #REF!. */
    function deleteTableColumn(t, column) {
      var headers = tableHeaders(t);
      var j = headers.findIndex(function (h) {
        return h.toLowerCase() === String(column).toLowerCase();
      });
      if (j < 0) throw new Error("fake: table " + t.name + " has no column " + column);
      if (t.rect.cols === 1) throw new Error("fake: a table keeps at least one column");
      var gone = headers[j].toLowerCase();
      rewriteRefs(t, function (col) {
        return col.toLowerCase() === gone ? null : col;
      });
      var sheet = t.sheet;
      var last = t.rect.c0 + t.rect.cols - 1;
      for (var r = t.rect.r0; r < t.rect.r0 + t.rect.rows; r++) {
        for (var c = t.rect.c0 + j; c <= last; c++) {
          [sheet.cells, sheet.styles, sheet.validations].forEach(function (m) {
            var next = c < last ? m.get(key(r, c + 1)) : undefined;
            if (next === undefined) m.delete(key(r, c));
            else m.set(key(r, c), next);
          });
        }
      }
      t.rect = { r0: t.rect.r0, c0: t.rect.c0, rows: t.rect.rows, cols: t.rect.cols - 1 };
      t.prevHeaders = undefined;
      followRenames(t);
    }
    function tableHeaders(t) {
      var out = [];
      for (var j = 0; j < t.rect.cols; j++) out.push(String(cellValue(t.sheet, t.rect.r0, t.rect.c0 + j)));
      return out;
    }
    function clearRect(sheet, rect, applyTo) {
      var what = applyTo || "All";
      for (var r = rect.r0; r < rect.r0 + rect.rows; r++) {
        for (var c = rect.c0; c < rect.c0 + rect.cols; c++) {
          var k = key(r, c);
          var cell = sheet.cells.get(k);
          if (what === "All" || what === "Contents") {
            if (cell) {
              cell.value = "";
              cell.formula = null;
              cell.quotePrefix = false;
              delete cell.rich;
            }
          }
          if (what === "All" || what === "Formats") {
            if (cell) cell.numberFormat = "General";
            sheet.styles.delete(k);
          }
          if (what === "All") sheet.validations.delete(k);
          if (cell && cell.value === "" && cell.formula === null && cell.numberFormat === "General")
            sheet.cells.delete(k);
        }
      }
      if (what === "All" || what === "Formats") {
        sheet.conditionalFormats = sheet.conditionalFormats.filter(function (cf) {
          return !overlaps(cf.rect, rect);
        });
      }
      if (what === "All" || what === "Contents") normalizeTableHeaders(sheet);
    }
    function styleOf(sheet, r, c) {
      var k = key(r, c);
      var s = sheet.styles.get(k);
      if (!s) {
        s = {};
        sheet.styles.set(k, s);
      }
      return s;
    }

    /* --- names (tables and defined names share a namespace) --- */
    function validateName(name, exceptTable, exceptName) {
      if (typeof name !== "string" || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255) {
        throw excelError(ERROR_CODES.invalidArgument, "Not a valid name: " + String(name));
      }
      if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name)) {
        throw excelError(ERROR_CODES.invalidArgument, "A name cannot look like a cell reference: " + name);
      }
      var lower = name.toLowerCase();
      model.tables.forEach(function (t) {
        if (t !== exceptTable && t.name.toLowerCase() === lower) {
          throw excelError(
            ERROR_CODES.itemAlreadyExists,
            "A table or name called " + name + " already exists.",
          );
        }
      });
      model.names.forEach(function (n) {
        if (n !== exceptName && n.name.toLowerCase() === lower) {
          throw excelError(
            ERROR_CODES.itemAlreadyExists,
            "A table or name called " + name + " already exists.",
          );
        }
      });
    }
    function nameFormula(n) {
      if (n.broken || !n.sheet) return "=#REF!";
      if (n.sheet) return "=" + quoteSheet(n.sheet.name) + "!" + rectToA1(n.rect, true);
      return n.formula;
    }

    /* --- tables --- */
    function checkNoTableOverlap(sheet, rect, except) {
      model.tables.forEach(function (t) {
        if (t !== except && t.sheet === sheet && overlaps(t.rect, rect)) {
          throw excelError(
            ERROR_CODES.invalidOperation,
            "A table can't overlap another table (" + t.name + ").",
          );
        }
      });
      sheet.merges.forEach(function (m) {
        if (overlaps(m, rect))
          throw excelError(ERROR_CODES.invalidOperation, "A table can't contain merged cells.");
      });
    }
    function addTable(sheet, rect, hasHeaders, name) {
      if (hasHeaders !== true) {
        throw excelError(ERROR_CODES.notImplemented, "The fake only supports tables.add(range, true).");
      }
      var r = { r0: rect.r0, c0: rect.c0, rows: rect.rows === 1 ? 2 : rect.rows, cols: rect.cols };
      checkRect(r, "table");
      checkNoTableOverlap(sheet, r, null);
      if (!name) {
        var i = 1;
        while (
          model.tables.some(function (t) {
            return t.name.toLowerCase() === "table" + i;
          })
        )
          i++;
        name = "Table" + i;
      }
      validateName(name, null, null);
      var t = {
        id: String(nextId++),
        name: name,
        sheet: sheet,
        rect: r,
        style: "TableStyleMedium2",
        showTotals: false,
        showBandedRows: true,
      };
      model.tables.push(t);
      normalizeTableHeaders(sheet);
      return t;
    }

    /* ---------- request context and proxies ---------- */

    function RequestContext() {
      this._queue = [];
      this._closed = false;
      this.workbook = new WorkbookProxy(this);
      this.application = this.workbook.application;
      this.trackedObjects = { add: function () {}, remove: function () {} };
    }
    RequestContext.prototype._enqueue = function (path, op, args, exec) {
      if (this._closed) {
        throw excelError(
          ERROR_CODES.invalidRequestContext,
          "This object belongs to an Excel.run that has finished.",
        );
      }
      this._queue.push({ path: path, op: op, args: args, exec: exec });
    };
    RequestContext.prototype.sync = function (passThrough) {
      var ctx = this;
      stats.syncCalls++;
      var queue = ctx._queue;
      ctx._queue = [];
      if (queue.length === 0) return Promise.resolve(passThrough);
      stats.syncs++;
      stats.operations += queue.length;
      var request = 2;
      for (var i = 0; i < queue.length; i++) {
        var q = queue[i];
        request +=
          utf8Bytes(JSON.stringify({ p: q.path, o: q.op, a: q.args === undefined ? null : q.args })) + 1;
      }
      stats.requestBytes.push(request);
      if (request > requestLimitBytes) {
        stats.responseBytes.push(0);
        return Promise.reject(
          excelError(
            ERROR_CODES.requestPayloadSizeLimitExceeded,
            "The request payload (" +
              request +
              " bytes) exceeds the limit of " +
              requestLimitBytes +
              " bytes.",
          ),
        );
      }
      var response = 2;
      try {
        for (var j = 0; j < queue.length; j++) {
          var out = queue[j].exec();
          if (out !== undefined) response += utf8Bytes(JSON.stringify(out)) + 1;
        }
      } catch (e) {
        stats.responseBytes.push(response);
        model.application.calculationSuspended = false;
        model.application.screenUpdatingSuspended = false;
        return Promise.reject(e);
      }
      stats.responseBytes.push(response);
      model.application.calculationSuspended = false;
      model.application.screenUpdatingSuspended = false;
      if (response > responseLimitBytes) {
        return Promise.reject(
          excelError(
            ERROR_CODES.responsePayloadSizeLimitExceeded,
            "The response payload (" + response + " bytes) exceeds the limit.",
          ),
        );
      }
      return Promise.resolve(passThrough);
    };

    /** Base for every proxy: a context, a path (for payload size), a resolver run at sync time. */
    function Proxy_(ctx, path, resolve, nullable) {
      this._ctx = ctx;
      this._path = path;
      this._resolveFn = resolve;
      this._nullable = !!nullable;
      this._cached = undefined;
      this._loaded = new Map();
      this._nullKnown = false;
      this._isNull = false;
      if (nullable) {
        var self = this;
        ctx._enqueue(path, "getItemOrNullObject", null, function () {
          var e = self._resolveFn();
          self._nullKnown = true;
          self._isNull = !e;
          if (e) self._cached = e;
          return { isNull: !e };
        });
      }
    }
    Proxy_.prototype._entity = function () {
      if (this._cached && !this._cached.deleted) return this._cached;
      if (this._cached && this._cached.deleted) {
        throw excelError(ERROR_CODES.itemNotFound, "The object at " + this._path + " has been deleted.");
      }
      var e = this._resolveFn();
      if (!e)
        throw excelError(ERROR_CODES.itemNotFound, "The requested resource doesn't exist: " + this._path);
      this._cached = e;
      return e;
    };
    Proxy_.prototype._queue = function (op, args, exec) {
      this._ctx._enqueue(this._path, op, args, exec);
    };
    Object.defineProperty(Proxy_.prototype, "isNullObject", {
      get: function () {
        if (!this._nullable) return false;
        if (!this._nullKnown) {
          throw excelError(
            ERROR_CODES.propertyNotLoaded,
            "isNullObject is not available before context.sync().",
          );
        }
        return this._isNull;
      },
    });
    Object.defineProperty(Proxy_.prototype, "context", {
      get: function () {
        return this._ctx;
      },
    });
    function parseLoadArg(arg) {
      if (arg === undefined || arg === null) return null;
      if (typeof arg === "string") {
        return arg
          .split(",")
          .map(function (s) {
            return s.trim();
          })
          .filter(Boolean);
      }
      if (Array.isArray(arg)) return arg.slice();
      if (typeof arg === "object" && arg.select) return parseLoadArg(arg.select);
      if (typeof arg === "object" && arg.$select) return parseLoadArg(arg.$select);
      throw excelError(ERROR_CODES.invalidArgument, "load() takes a property list.");
    }
    /** Defines loadable properties on a proxy class. spec: { name: { get(entity, proxy), set?(entity, value, proxy) } } */
    function defineProps(Cls, spec) {
      Cls.prototype._props = spec;
      Object.keys(spec).forEach(function (name) {
        Object.defineProperty(Cls.prototype, name, {
          get: function () {
            if (this._nullKnown && this._isNull) {
              throw excelError(
                ERROR_CODES.propertyNotLoaded,
                "The object is a null object; " + name + " is not available.",
              );
            }
            if (!this._loaded.has(name)) {
              throw excelError(
                ERROR_CODES.propertyNotLoaded,
                "The property '" +
                  name +
                  "' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
              );
            }
            return this._loaded.get(name);
          },
          set: function (v) {
            var self = this;
            if (!spec[name].set) throw new TypeError("Cannot set the read-only property " + name + ".");
            self._queue("set:" + name, v, function () {
              spec[name].set(self._entity(), v, self);
            });
          },
        });
      });
      Cls.prototype.load = function (arg) {
        var self = this;
        var props = parseLoadArg(arg) || Object.keys(spec);
        props.forEach(function (p) {
          if (!spec[p])
            throw excelError(ERROR_CODES.invalidArgument, "Unknown or unsupported property in load(): " + p);
        });
        self._queue("load", props.join(","), function () {
          if (self._nullable) {
            var e = self._resolveFn();
            self._nullKnown = true;
            self._isNull = !e;
            if (!e) return { isNull: true };
          }
          var entity = self._entity();
          var out = {};
          props.forEach(function (p) {
            var v = spec[p].get(entity, self);
            self._loaded.set(p, v);
            out[p] = v;
          });
          return out;
        });
        return self;
      };
    }
    /** Collections: load("items/name,items/id") or load("name,id"). */
    function defineCollection(Cls, listFn, makeItem, itemSpec) {
      Object.defineProperty(Cls.prototype, "items", {
        get: function () {
          if (!this._loaded.has("items")) {
            throw excelError(
              ERROR_CODES.propertyNotLoaded,
              "The property 'items' is not available. Call load() and context.sync() first.",
            );
          }
          return this._loaded.get("items");
        },
      });
      Cls.prototype.load = function (arg) {
        var self = this;
        var props = (parseLoadArg(arg) || Object.keys(itemSpec)).map(function (p) {
          return p.indexOf("items/") === 0 ? p.slice(6) : p;
        });
        props = props.filter(function (p) {
          return p !== "items" && p !== "";
        });
        if (props.length === 0) props = Object.keys(itemSpec);
        props.forEach(function (p) {
          // A navigation property ("worksheet/id") is checked against the navigation's class at sync.
          if (!itemSpec[p] && p.indexOf("/") < 0)
            throw excelError(
              ERROR_CODES.invalidArgument,
              "Unknown or unsupported property in load(): items/" + p,
            );
        });
        self._queue("load", props.join(","), function () {
          var list = listFn(self);
          var out = [];
          var items = list.map(function (entity) {
            var item = makeItem(self, entity);
            item._cached = entity;
            var o = {};
            props.forEach(function (p) {
              if (p.indexOf("/") >= 0) {
                // items/<navigation>/<property>, as Office.js allows (e.g. tables: items/worksheet/id).
                var parts = p.split("/");
                var nav = item[parts[0]];
                if (parts.length !== 2 || !(nav instanceof Proxy_) || !nav._props || !nav._props[parts[1]])
                  throw excelError(
                    ERROR_CODES.invalidArgument,
                    "Unknown or unsupported property in load(): items/" + p,
                  );
                var nv = nav._props[parts[1]].get(nav._entity(), nav);
                nav._loaded.set(parts[1], nv);
                o[parts[0]] = o[parts[0]] || {};
                o[parts[0]][parts[1]] = nv;
                return;
              }
              var v = itemSpec[p].get(entity, item);
              item._loaded.set(p, v);
              o[p] = v;
            });
            out.push(o);
            return item;
          });
          self._loaded.set("items", items);
          return out;
        });
        return self;
      };
      Cls.prototype.getCount = function () {
        var self = this;
        var result = { value: undefined };
        var got = false;
        self._queue("getCount", null, function () {
          result.value = listFn(self).length;
          got = true;
          return result.value;
        });
        return {
          get value() {
            if (!got)
              throw excelError(
                ERROR_CODES.propertyNotLoaded,
                "The count is not available before context.sync().",
              );
            return result.value;
          },
        };
      };
    }

    /* --- workbook --- */
    function WorkbookProxy(ctx) {
      Proxy_.call(this, ctx, "wb", function () {
        return model;
      });
      this.worksheets = new WorksheetCollection(ctx);
      this.tables = new TableCollection(ctx, "wb.tables", null);
      this.names = new NamedItemCollection(ctx);
      this.settings = new SettingCollection(ctx);
      this.application = new ApplicationProxy(ctx);
    }
    WorkbookProxy.prototype = Object.create(Proxy_.prototype);

    function ApplicationProxy(ctx) {
      Proxy_.call(this, ctx, "app", function () {
        return model.application;
      });
    }
    ApplicationProxy.prototype = Object.create(Proxy_.prototype);
    ApplicationProxy.prototype.suspendApiCalculationUntilNextSync = function () {
      stats.suspendCalculation++;
      this._queue("suspendApiCalculationUntilNextSync", null, function () {
        model.application.calculationSuspended = true;
      });
    };
    ApplicationProxy.prototype.calculate = function (calculationType) {
      this._queue("calculate", calculationType, function () {
        if (["Recalculate", "Full", "FullRebuild"].indexOf(calculationType) < 0)
          throw excelError(ERROR_CODES.invalidArgument, "Unknown calculation type " + calculationType);
        if (!model.application.calculationSuspended) model.application.uncalculated = 0;
      });
    };
    ApplicationProxy.prototype.suspendScreenUpdatingUntilNextSync = function () {
      stats.suspendScreenUpdating++;
      this._queue("suspendScreenUpdatingUntilNextSync", null, function () {
        model.application.screenUpdatingSuspended = true;
      });
    };

    /* --- worksheets --- */
    function WorksheetCollection(ctx) {
      Proxy_.call(this, ctx, "wb.worksheets", function () {
        return model;
      });
    }
    WorksheetCollection.prototype = Object.create(Proxy_.prototype);
    WorksheetCollection.prototype.add = function (name) {
      var ctx = this._ctx;
      var proxy = new WorksheetProxy(
        ctx,
        "wb.worksheets.add(" + JSON.stringify(name || "") + ")",
        function () {
          return proxy._created || null;
        },
      );
      this._queue("add", name === undefined ? null : name, function () {
        proxy._created = addSheet(name);
      });
      return proxy;
    };
    WorksheetCollection.prototype.getItem = function (k) {
      return new WorksheetProxy(this._ctx, "wb.worksheets[" + JSON.stringify(k) + "]", function () {
        return findSheet(k);
      });
    };
    WorksheetCollection.prototype.getItemOrNullObject = function (k) {
      return new WorksheetProxy(
        this._ctx,
        "wb.worksheets[" + JSON.stringify(k) + "]?",
        function () {
          return findSheet(k);
        },
        true,
      );
    };
    WorksheetCollection.prototype.getActiveWorksheet = function () {
      return new WorksheetProxy(this._ctx, "wb.worksheets.active", function () {
        return findSheet(model.activeSheetId);
      });
    };

    var SHEET_PROPS = {
      name: {
        get: function (s) {
          return s.name;
        },
        set: function (s, v) {
          validateSheetName(v, s);
          s.name = v;
        },
      },
      id: {
        get: function (s) {
          return s.id;
        },
      },
      position: {
        get: function (s) {
          return model.sheets.indexOf(s);
        },
      },
      visibility: {
        get: function () {
          return "Visible";
        },
      },
    };
    function WorksheetProxy(ctx, path, resolve, nullable) {
      Proxy_.call(this, ctx, path, resolve, nullable);
      var self = this;
      var sheetFn = function () {
        return self._entity();
      };
      this.tables = new TableCollection(ctx, path + ".tables", sheetFn);
      this.charts = new ChartCollection(ctx, path + ".charts", sheetFn);
      this.customProperties = new CustomPropertyCollection(ctx, path + ".customProperties", sheetFn);
    }
    WorksheetProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(WorksheetProxy, SHEET_PROPS);
    defineCollection(
      WorksheetCollection,
      function () {
        return model.sheets.slice();
      },
      function (coll, entity) {
        return new WorksheetProxy(coll._ctx, "wb.worksheets[" + JSON.stringify(entity.id) + "]", function () {
          return entity.deleted ? null : entity;
        });
      },
      SHEET_PROPS,
    );
    WorksheetProxy.prototype.getRange = function (address) {
      var self = this;
      var parsed = parseAddress(address || "A1");
      return new RangeProxy(this._ctx, this._path + ".range(" + address + ")", function () {
        return { sheet: self._entity(), rect: parsed.rect };
      });
    };
    WorksheetProxy.prototype.getRangeByIndexes = function (r, c, rows, cols) {
      var self = this;
      var rect = { r0: r, c0: c, rows: rows, cols: cols };
      checkRect(rect, "getRangeByIndexes(" + [r, c, rows, cols].join(",") + ")");
      return new RangeProxy(
        this._ctx,
        this._path + ".rangeByIndexes(" + [r, c, rows, cols].join(",") + ")",
        function () {
          return { sheet: self._entity(), rect: rect };
        },
      );
    };
    /**
     * The used range of a sheet, or of `within` (a rect) on it: the bounding box of the cells with a
     * value or formula, and unless valuesOnly also of the cells with a number format, a style or a
     * data validation (as Excel counts formatted cells). null when nothing is used.
     */
    function usedRect(s, within, valuesOnly) {
      var r0 = Infinity;
      var c0 = Infinity;
      var r1 = -1;
      var c1 = -1;
      var add = function (k) {
        var p = k.split(",").map(Number);
        if (within && !contains(within, p[0], p[1])) return;
        r0 = Math.min(r0, p[0]);
        c0 = Math.min(c0, p[1]);
        r1 = Math.max(r1, p[0]);
        c1 = Math.max(c1, p[1]);
      };
      s.cells.forEach(function (cell, k) {
        if (cell.value === "" && cell.formula === null && (valuesOnly || cell.numberFormat === "General"))
          return;
        add(k);
      });
      if (!valuesOnly) {
        s.styles.forEach(function (st, k) {
          if (Object.keys(st).length > 0) add(k);
        });
        s.validations.forEach(function (v, k) {
          add(k);
        });
      }
      if (r1 < 0) return null;
      return { r0: r0, c0: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
    }
    WorksheetProxy.prototype.getUsedRangeOrNullObject = function (valuesOnly) {
      var self = this;
      return new RangeProxy(
        this._ctx,
        this._path + ".usedRange" + (valuesOnly ? "(valuesOnly)" : "") + "?",
        function () {
          var s = self._entity();
          var rect = usedRect(s, null, !!valuesOnly);
          return rect ? { sheet: s, rect: rect } : null;
        },
        true,
      );
    };
    WorksheetProxy.prototype.activate = function () {
      var self = this;
      this._queue("activate", null, function () {
        model.activeSheetId = self._entity().id;
      });
    };
    WorksheetProxy.prototype.delete = function () {
      var self = this;
      this._queue("delete", null, function () {
        deleteSheet(self._entity());
      });
    };

    /* --- custom properties (worksheet) --- */
    var CUSTOM_PROP_PROPS = {
      key: {
        get: function (p) {
          return p.key;
        },
      },
      value: {
        get: function (p) {
          return p.value;
        },
        set: function (p, v) {
          p.value = String(v);
          p.owner.set(p.key.toLowerCase(), p);
        },
      },
    };
    function CustomPropertyCollection(ctx, path, sheetFn) {
      Proxy_.call(this, ctx, path, sheetFn);
      this._sheetFn = sheetFn;
    }
    CustomPropertyCollection.prototype = Object.create(Proxy_.prototype);
    function CustomPropertyProxy(ctx, path, resolve, nullable) {
      Proxy_.call(this, ctx, path, resolve, nullable);
    }
    CustomPropertyProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(CustomPropertyProxy, CUSTOM_PROP_PROPS);
    CustomPropertyProxy.prototype.delete = function () {
      var self = this;
      this._queue("delete", null, function () {
        var p = self._entity();
        p.owner.delete(p.key.toLowerCase());
        p.deleted = true;
      });
    };
    defineCollection(
      CustomPropertyCollection,
      function (coll) {
        return Array.from(coll._sheetFn().customProperties.values());
      },
      function (coll, e) {
        return new CustomPropertyProxy(
          coll._ctx,
          coll._path + "[" + JSON.stringify(e.key) + "]",
          function () {
            return e;
          },
        );
      },
      CUSTOM_PROP_PROPS,
    );
    CustomPropertyCollection.prototype.add = function (k, value) {
      var self = this;
      var proxy = new CustomPropertyProxy(this._ctx, this._path + "[" + JSON.stringify(k) + "]", function () {
        return self._sheetFn().customProperties.get(String(k).toLowerCase()) || null;
      });
      this._queue("add", [k, value], function () {
        if (typeof k !== "string" || k.length === 0 || k.length > 255) {
          throw excelError(ERROR_CODES.invalidArgument, "A custom property key must be 1 to 255 characters.");
        }
        if (String(value).length > 255)
          throw excelError(
            ERROR_CODES.invalidArgument,
            "A custom property value must be at most 255 characters.",
          );
        var map = self._sheetFn().customProperties;
        map.set(k.toLowerCase(), { key: k, value: String(value), owner: map });
      });
      return proxy;
    };
    CustomPropertyCollection.prototype.getItemOrNullObject = function (k) {
      var self = this;
      return new CustomPropertyProxy(
        this._ctx,
        this._path + "[" + JSON.stringify(k) + "]?",
        function () {
          return self._sheetFn().customProperties.get(String(k).toLowerCase()) || null;
        },
        true,
      );
    };
    CustomPropertyCollection.prototype.getItem = function (k) {
      var self = this;
      return new CustomPropertyProxy(this._ctx, this._path + "[" + JSON.stringify(k) + "]", function () {
        return self._sheetFn().customProperties.get(String(k).toLowerCase()) || null;
      });
    };

    /* --- ranges --- */
    function rangeMap(target, fn) {
      var out = [];
      for (var r = 0; r < target.rect.rows; r++) {
        var row = [];
        for (var c = 0; c < target.rect.cols; c++)
          row.push(fn(target.sheet, target.rect.r0 + r, target.rect.c0 + c));
        out.push(row);
      }
      return out;
    }
    function writeArray(target, arr, what, fn) {
      check2D(arr, target.rect, what);
      for (var r = 0; r < target.rect.rows; r++) {
        for (var c = 0; c < target.rect.cols; c++)
          fn(target.sheet, target.rect.r0 + r, target.rect.c0 + c, arr[r][c]);
      }
      normalizeTableHeaders(target.sheet);
    }
    /** What valuesAsJson (ExcelApi 1.16) gives for a cell: its data type as stored, else its plain value typed. */
    function cellJson(sheet, r, c) {
      var cell = getCell(sheet, r, c);
      if (cell && cell.rich) return JSON.parse(JSON.stringify(cell.rich));
      var v = cellValue(sheet, r, c);
      if (v === "") return { type: "Empty", basicValue: "", basicType: "Empty" };
      if (typeof v === "number") return { type: "Double", basicValue: v, basicType: "Double" };
      if (typeof v === "boolean") return { type: "Boolean", basicValue: v, basicType: "Boolean" };
      if (/^#[A-Z0-9/]+[!?]?$/.test(v)) return { type: "Error", basicValue: v, basicType: "Error" };
      return { type: "String", basicValue: v, basicType: "String" };
    }
    var RANGE_PROPS = {
      valuesAsJson: {
        get: function (t) {
          return rangeMap(t, cellJson);
        },
      },
      valueTypes: {
        get: function (t) {
          return rangeMap(t, function (s, r, c) {
            return cellJson(s, r, c).basicType;
          });
        },
      },
      values: {
        get: function (t) {
          return rangeMap(t, cellValue);
        },
        set: function (t, v) {
          writeArray(t, v, "values", writeInput);
        },
      },
      formulas: {
        get: function (t) {
          return rangeMap(t, cellFormula);
        },
        set: function (t, v) {
          writeArray(t, v, "formulas", writeInput);
        },
      },
      numberFormat: {
        get: function (t) {
          return rangeMap(t, function (s, r, c) {
            var cell = getCell(s, r, c);
            return cell ? cell.numberFormat : "General";
          });
        },
        set: function (t, v) {
          writeArray(t, v, "numberFormat", function (s, r, c, f) {
            if (f === null || f === undefined) return;
            if (typeof f !== "string")
              throw excelError(ERROR_CODES.invalidArgument, "A number format must be a string.");
            ensureCell(s, r, c).numberFormat = f;
          });
        },
      },
      address: {
        get: function (t) {
          return quoteSheet(t.sheet.name) + "!" + rectToA1(t.rect, false);
        },
      },
      rowCount: {
        get: function (t) {
          return t.rect.rows;
        },
      },
      columnCount: {
        get: function (t) {
          return t.rect.cols;
        },
      },
      rowIndex: {
        get: function (t) {
          return t.rect.r0;
        },
      },
      columnIndex: {
        get: function (t) {
          return t.rect.c0;
        },
      },
    };
    function RangeProxy(ctx, path, resolve, nullable) {
      Proxy_.call(this, ctx, path, resolve, nullable);
      var self = this;
      var targetFn = function () {
        return self._entity();
      };
      this.format = new RangeFormatProxy(ctx, path + ".format", targetFn);
      this.dataValidation = new DataValidationProxy(ctx, path + ".dataValidation", targetFn);
      this.conditionalFormats = new ConditionalFormatCollection(ctx, path + ".conditionalFormats", targetFn);
    }
    RangeProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(RangeProxy, RANGE_PROPS);
    RangeProxy.prototype.getCell = function (row, column) {
      var self = this;
      return new RangeProxy(this._ctx, this._path + ".getCell(" + row + "," + column + ")", function () {
        var t = self._entity();
        if (row < 0 || column < 0 || row >= t.rect.rows || column >= t.rect.cols)
          throw excelError(ERROR_CODES.invalidArgument, "The cell is outside the range.");
        return { sheet: t.sheet, rect: { r0: t.rect.r0 + row, c0: t.rect.c0 + column, rows: 1, cols: 1 } };
      });
    };
    RangeProxy.prototype.clear = function (applyTo) {
      var self = this;
      this._queue("clear", applyTo || "All", function () {
        var t = self._entity();
        clearRect(t.sheet, t.rect, applyTo);
      });
    };
    /**
     * Range.getUsedRangeOrNullObject(valuesOnly) (ExcelApi 1.4), as Excel computes it: the WORKSHEET's
     * used range intersected with this range. It is not the bounding box of the used cells inside the
     * range: with content at A1 and Z100, B2:C3 (all empty) comes back as B2:C3. Null only when the
     * intersection is empty.
     */
    RangeProxy.prototype.getUsedRangeOrNullObject = function (valuesOnly) {
      var self = this;
      return new RangeProxy(
        this._ctx,
        this._path + ".usedRange" + (valuesOnly ? "(valuesOnly)" : "") + "?",
        function () {
          var t = self._entity();
          var sheetUsed = usedRect(t.sheet, null, !!valuesOnly);
          if (!sheetUsed) return null;
          var r0 = Math.max(sheetUsed.r0, t.rect.r0);
          var c0 = Math.max(sheetUsed.c0, t.rect.c0);
          var r1 = Math.min(sheetUsed.r0 + sheetUsed.rows, t.rect.r0 + t.rect.rows);
          var c1 = Math.min(sheetUsed.c0 + sheetUsed.cols, t.rect.c0 + t.rect.cols);
          if (r1 <= r0 || c1 <= c0) return null;
          return { sheet: t.sheet, rect: { r0: r0, c0: c0, rows: r1 - r0, cols: c1 - c0 } };
        },
        true,
      );
    };
    /**
     * Range.getSpecialCellsOrNullObject(cellType) (ExcelApi 1.9) for "Constants" and "Formulas": the
     * exact cells of the range holding a constant (a non-empty value) or a formula, as a RangeAreas
     * whose address lists each area sheet-qualified, separated by ", " ("Sheet1!A1:B4, Sheet1!D1:D4").
     * The fake's areas are runs of cells along a row. Null when no cell matches.
     */
    var SPECIAL_CELL_TYPES = [
      "ConditionalFormats",
      "DataValidations",
      "Blanks",
      "Constants",
      "Formulas",
      "SameConditionalFormat",
      "SameDataValidation",
      "Visible",
    ];
    RangeProxy.prototype.getSpecialCellsOrNullObject = function (cellType, cellValueType) {
      var self = this;
      if (SPECIAL_CELL_TYPES.indexOf(cellType) < 0)
        throw excelError(ERROR_CODES.invalidArgument, "Unknown special cell type " + cellType);
      if (cellType !== "Constants" && cellType !== "Formulas")
        throw excelError(ERROR_CODES.notImplemented, "The fake only finds Constants and Formulas.");
      if (cellValueType !== undefined && cellValueType !== "All")
        throw excelError(ERROR_CODES.notImplemented, "The fake only supports cellValueType All.");
      return new RangeAreasProxy(this._ctx, this._path + ".specialCells(" + cellType + ")?", function () {
        var t = self._entity();
        var hits = [];
        t.sheet.cells.forEach(function (cell, k) {
          var p = k.split(",").map(Number);
          if (!contains(t.rect, p[0], p[1])) return;
          var isFormula = cell.formula !== null;
          var isConstant = !isFormula && cell.value !== "";
          if (cellType === "Formulas" ? isFormula : isConstant) hits.push(p);
        });
        if (hits.length === 0) return null;
        hits.sort(function (a, b) {
          return a[0] - b[0] || a[1] - b[1];
        });
        var areas = [];
        hits.forEach(function (p) {
          var last = areas[areas.length - 1];
          if (last && last.r0 === p[0] && last.c0 + last.cols === p[1]) last.cols++;
          else areas.push({ r0: p[0], c0: p[1], rows: 1, cols: 1 });
        });
        return { sheet: t.sheet, areas: areas };
      });
    };
    function RangeAreasProxy(ctx, path, resolve) {
      Proxy_.call(this, ctx, path, resolve, true);
    }
    RangeAreasProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(RangeAreasProxy, {
      address: {
        get: function (t) {
          return t.areas
            .map(function (a) {
              return quoteSheet(t.sheet.name) + "!" + rectToA1(a, false);
            })
            .join(", ");
        },
      },
      areaCount: {
        get: function (t) {
          return t.areas.length;
        },
      },
    });
    RangeProxy.prototype.merge = function (across) {
      var self = this;
      this._queue("merge", !!across, function () {
        var t = self._entity();
        model.tables.forEach(function (tb) {
          if (tb.sheet === t.sheet && overlaps(tb.rect, t.rect))
            throw excelError(ERROR_CODES.invalidOperation, "Cells in a table can't be merged.");
        });
        t.sheet.merges = t.sheet.merges.filter(function (m) {
          return !overlaps(m, t.rect);
        });
        var areas = [];
        if (across) {
          for (var r = 0; r < t.rect.rows; r++)
            areas.push({ r0: t.rect.r0 + r, c0: t.rect.c0, rows: 1, cols: t.rect.cols });
        } else areas.push(Object.assign({}, t.rect));
        // Like Excel, merging keeps only the upper-left value of each area (the API does not ask).
        areas.forEach(function (m) {
          for (var rr = m.r0; rr < m.r0 + m.rows; rr++)
            for (var cc = m.c0; cc < m.c0 + m.cols; cc++) {
              if (rr === m.r0 && cc === m.c0) continue;
              var cell = getCell(t.sheet, rr, cc);
              if (cell) {
                cell.value = "";
                cell.formula = null;
                cell.quotePrefix = false;
                if (cell.numberFormat === "General") t.sheet.cells.delete(key(rr, cc));
              }
            }
          t.sheet.merges.push(m);
        });
      });
    };
    RangeProxy.prototype.unmerge = function () {
      var self = this;
      this._queue("unmerge", null, function () {
        var t = self._entity();
        t.sheet.merges = t.sheet.merges.filter(function (m) {
          return !overlaps(m, t.rect);
        });
      });
    };

    function RangeFormatProxy(ctx, path, targetFn) {
      Proxy_.call(this, ctx, path, targetFn);
      this.font = new StyleProxy(ctx, path + ".font", targetFn, {
        bold: "bold",
        italic: "italic",
        color: "fontColor",
        size: "fontSize",
        name: "fontName",
      });
      this.fill = new StyleProxy(ctx, path + ".fill", targetFn, { color: "fill" });
    }
    RangeFormatProxy.prototype = Object.create(Proxy_.prototype);
    function eachCell(t, fn) {
      for (var r = t.rect.r0; r < t.rect.r0 + t.rect.rows; r++)
        for (var c = t.rect.c0; c < t.rect.c0 + t.rect.cols; c++) fn(r, c);
    }
    defineProps(RangeFormatProxy, {
      columnWidth: {
        get: function (t) {
          return t.sheet.columnWidths.has(t.rect.c0) ? t.sheet.columnWidths.get(t.rect.c0) : 48;
        },
        set: function (t, v) {
          if (typeof v !== "number" || !(v >= 0 && v <= 255 * 7.5))
            throw excelError(ERROR_CODES.invalidArgument, "Column width out of range: " + v);
          for (var c = t.rect.c0; c < t.rect.c0 + t.rect.cols; c++) t.sheet.columnWidths.set(c, v);
        },
      },
      rowHeight: {
        get: function (t) {
          return t.sheet.rowHeights.has(t.rect.r0) ? t.sheet.rowHeights.get(t.rect.r0) : 15;
        },
        set: function (t, v) {
          if (typeof v !== "number" || !(v >= 0 && v <= 409))
            throw excelError(ERROR_CODES.invalidArgument, "Row height out of range: " + v);
          for (var r = t.rect.r0; r < t.rect.r0 + t.rect.rows; r++) t.sheet.rowHeights.set(r, v);
        },
      },
      wrapText: {
        get: function (t) {
          var s = t.sheet.styles.get(key(t.rect.r0, t.rect.c0));
          return !!(s && s.wrap);
        },
        set: function (t, v) {
          eachCell(t, function (r, c) {
            styleOf(t.sheet, r, c).wrap = !!v;
          });
        },
      },
      horizontalAlignment: {
        get: function (t) {
          var s = t.sheet.styles.get(key(t.rect.r0, t.rect.c0));
          return (s && s.hAlign) || "General";
        },
        set: function (t, v) {
          eachCell(t, function (r, c) {
            styleOf(t.sheet, r, c).hAlign = v;
          });
        },
      },
      verticalAlignment: {
        get: function (t) {
          var s = t.sheet.styles.get(key(t.rect.r0, t.rect.c0));
          return (s && s.vAlign) || "Bottom";
        },
        set: function (t, v) {
          eachCell(t, function (r, c) {
            styleOf(t.sheet, r, c).vAlign = v;
          });
        },
      },
    });
    RangeFormatProxy.prototype.autofitColumns = function () {
      var self = this;
      this._queue("autofitColumns", null, function () {
        var t = self._entity();
        for (var c = t.rect.c0; c < t.rect.c0 + t.rect.cols; c++) {
          var w = 8;
          for (var r = t.rect.r0; r < t.rect.r0 + t.rect.rows; r++)
            w = Math.max(w, String(cellValue(t.sheet, r, c)).length);
          t.sheet.columnWidths.set(c, Math.min(255, w) * 7);
        }
      });
    };
    RangeFormatProxy.prototype.autofitRows = function () {
      this._queue("autofitRows", null, function () {});
    };
    function StyleProxy(ctx, path, targetFn, mapping) {
      Proxy_.call(this, ctx, path, targetFn);
      var spec = {};
      Object.keys(mapping).forEach(function (p) {
        var field = mapping[p];
        spec[p] = {
          get: function (t) {
            var s = t.sheet.styles.get(key(t.rect.r0, t.rect.c0));
            return s && s[field] !== undefined ? s[field] : null;
          },
          set: function (t, v) {
            eachCell(t, function (r, c) {
              styleOf(t.sheet, r, c)[field] = v;
            });
          },
        };
      });
      var self = this;
      this._props = spec;
      Object.keys(spec).forEach(function (name) {
        Object.defineProperty(self, name, {
          get: function () {
            if (!self._loaded.has(name))
              throw excelError(
                ERROR_CODES.propertyNotLoaded,
                "The property '" + name + "' is not available.",
              );
            return self._loaded.get(name);
          },
          set: function (v) {
            self._queue("set:" + name, v, function () {
              spec[name].set(self._entity(), v);
            });
          },
        });
      });
    }
    StyleProxy.prototype = Object.create(Proxy_.prototype);
    StyleProxy.prototype.load = function (arg) {
      var self = this;
      var props = parseLoadArg(arg) || Object.keys(self._props);
      self._queue("load", props.join(","), function () {
        var t = self._entity();
        var out = {};
        props.forEach(function (p) {
          if (!self._props[p]) throw excelError(ERROR_CODES.invalidArgument, "Unknown property " + p);
          var v = self._props[p].get(t);
          self._loaded.set(p, v);
          out[p] = v;
        });
        return out;
      });
      return self;
    };
    StyleProxy.prototype.clear = function () {
      var self = this;
      this._queue("clear", null, function () {
        var t = self._entity();
        eachCell(t, function (r, c) {
          var s = t.sheet.styles.get(key(r, c));
          if (s) delete s.fill;
        });
      });
    };

    /* --- data validation --- */
    var RULE_KINDS = ["wholeNumber", "decimal", "list", "date", "time", "textLength", "custom"];
    function checkRule(rule) {
      if (!rule || typeof rule !== "object")
        throw excelError(ERROR_CODES.invalidArgument, "A data validation rule must be an object.");
      var kinds = Object.keys(rule).filter(function (k) {
        return rule[k] !== undefined && rule[k] !== null;
      });
      if (kinds.length !== 1 || RULE_KINDS.indexOf(kinds[0]) < 0) {
        throw excelError(
          ERROR_CODES.invalidArgument,
          "A data validation rule must have exactly one of " + RULE_KINDS.join(", ") + ".",
        );
      }
      var k = kinds[0];
      var body = rule[k];
      if (k === "list") {
        if (typeof body.source !== "string" || body.source.length === 0 || body.source.length > 255) {
          throw excelError(
            ERROR_CODES.invalidArgument,
            "A list validation source must be a string of 1 to 255 characters.",
          );
        }
      } else if (k === "custom") {
        // A formula (Excel's limit for a validation formula: 255 characters) with no leftover placeholder.
        var f = body.formula;
        if (
          typeof f !== "string" ||
          f.length < 2 ||
          f.length > 255 ||
          /[{}]/.test(f.replace(/"(?:[^"]|"")*"/g, ""))
        ) {
          throw excelError(
            ERROR_CODES.invalidArgument,
            "A custom validation needs a formula of 1 to 255 characters; got " + JSON.stringify(f) + ".",
          );
        }
      } else if (k === "wholeNumber" || k === "decimal" || k === "textLength") {
        if (body.formula1 === undefined || body.formula1 === null)
          throw excelError(ERROR_CODES.invalidArgument, "formula1 is required.");
        var ops = [
          "Between",
          "NotBetween",
          "EqualTo",
          "NotEqualTo",
          "GreaterThan",
          "LessThan",
          "GreaterThanOrEqualTo",
          "LessThanOrEqualTo",
        ];
        if (ops.indexOf(body.operator) < 0)
          throw excelError(ERROR_CODES.invalidArgument, "Unknown operator " + body.operator);
        if (
          (body.operator === "Between" || body.operator === "NotBetween") &&
          (body.formula2 === undefined || body.formula2 === null)
        ) {
          throw excelError(ERROR_CODES.invalidArgument, "formula2 is required for " + body.operator + ".");
        }
      }
      return k;
    }
    function dvEntry(t) {
      return t.sheet.validations.get(key(t.rect.r0, t.rect.c0)) || null;
    }
    function setDv(t, field, value) {
      eachCell(t, function (r, c) {
        var k = key(r, c);
        var old = t.sheet.validations.get(k) || {
          rule: null,
          prompt: null,
          errorAlert: null,
          ignoreBlanks: true,
        };
        var next = Object.assign({}, old);
        next[field] = value === null ? null : JSON.parse(JSON.stringify(value));
        t.sheet.validations.set(k, next);
      });
    }
    function DataValidationProxy(ctx, path, targetFn) {
      Proxy_.call(this, ctx, path, targetFn);
    }
    DataValidationProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(DataValidationProxy, {
      rule: {
        get: function (t) {
          var e = dvEntry(t);
          return e && e.rule ? JSON.parse(JSON.stringify(e.rule)) : {};
        },
        set: function (t, v) {
          checkRule(v);
          setDv(t, "rule", v);
        },
      },
      prompt: {
        get: function (t) {
          var e = dvEntry(t);
          return e && e.prompt ? e.prompt : { showPrompt: false, title: "", message: "" };
        },
        set: function (t, v) {
          if ((v.title || "").length > 32)
            throw excelError(
              ERROR_CODES.invalidArgument,
              "A data validation prompt title can be at most 32 characters.",
            );
          if ((v.message || "").length > 255)
            throw excelError(
              ERROR_CODES.invalidArgument,
              "A data validation prompt message can be at most 255 characters.",
            );
          setDv(t, "prompt", v);
        },
      },
      errorAlert: {
        get: function (t) {
          var e = dvEntry(t);
          return e && e.errorAlert
            ? e.errorAlert
            : { showAlert: true, style: "Stop", title: "", message: "" };
        },
        set: function (t, v) {
          if ((v.title || "").length > 32)
            throw excelError(
              ERROR_CODES.invalidArgument,
              "A data validation error title can be at most 32 characters.",
            );
          if ((v.message || "").length > 225)
            throw excelError(
              ERROR_CODES.invalidArgument,
              "A data validation error message can be at most 225 characters.",
            );
          if (v.style && ["Stop", "Warning", "Information"].indexOf(v.style) < 0)
            throw excelError(ERROR_CODES.invalidArgument, "Unknown alert style.");
          setDv(t, "errorAlert", v);
        },
      },
      ignoreBlanks: {
        get: function (t) {
          var e = dvEntry(t);
          return e ? e.ignoreBlanks !== false : true;
        },
        set: function (t, v) {
          setDv(t, "ignoreBlanks", !!v);
        },
      },
      type: {
        get: function (t) {
          var e = dvEntry(t);
          return e && e.rule ? Object.keys(e.rule)[0] : "None";
        },
      },
    });
    DataValidationProxy.prototype.clear = function () {
      var self = this;
      this._queue("clear", null, function () {
        var t = self._entity();
        eachCell(t, function (r, c) {
          t.sheet.validations.delete(key(r, c));
        });
      });
    };

    /* --- conditional formats --- */
    function ConditionalFormatCollection(ctx, path, targetFn) {
      Proxy_.call(this, ctx, path, targetFn);
    }
    ConditionalFormatCollection.prototype = Object.create(Proxy_.prototype);
    var CF_PROPS = {
      type: {
        get: function (cf) {
          return cf.type;
        },
      },
    };
    function ConditionalFormatProxy(ctx, path, resolve) {
      Proxy_.call(this, ctx, path, resolve);
      var self = this;
      this.colorScale = new ColorScaleProxy(ctx, path + ".colorScale", function () {
        var cf = self._entity();
        if (cf.type !== "ColorScale")
          throw excelError(ERROR_CODES.invalidOperation, "This conditional format is not a color scale.");
        return cf;
      });
    }
    ConditionalFormatProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(ConditionalFormatProxy, CF_PROPS);
    ConditionalFormatProxy.prototype.delete = function () {
      var self = this;
      this._queue("delete", null, function () {
        var cf = self._entity();
        cf.sheet.conditionalFormats.splice(cf.sheet.conditionalFormats.indexOf(cf), 1);
        cf.deleted = true;
      });
    };
    defineCollection(
      ConditionalFormatCollection,
      function (coll) {
        var t = coll._entity();
        return t.sheet.conditionalFormats.filter(function (cf) {
          return overlaps(cf.rect, t.rect);
        });
      },
      function (coll, cf) {
        return new ConditionalFormatProxy(coll._ctx, coll._path + "[" + cf.id + "]", function () {
          return cf;
        });
      },
      CF_PROPS,
    );
    var CF_TYPES = [
      "ColorScale",
      "DataBar",
      "IconSet",
      "Custom",
      "CellValue",
      "TopBottom",
      "PresetCriteria",
      "ContainsText",
    ];
    ConditionalFormatCollection.prototype.add = function (type) {
      var self = this;
      var proxy = new ConditionalFormatProxy(this._ctx, this._path + ".add(" + type + ")", function () {
        return proxy._created || null;
      });
      this._queue("add", type, function () {
        if (CF_TYPES.indexOf(type) < 0)
          throw excelError(ERROR_CODES.invalidArgument, "Unknown conditional format type " + type);
        var t = self._entity();
        var cf = {
          id: "cf" + nextId++,
          type: type,
          rect: Object.assign({}, t.rect),
          sheet: t.sheet,
          colorScale: null,
        };
        t.sheet.conditionalFormats.push(cf);
        proxy._created = cf;
      });
      return proxy;
    };
    ConditionalFormatCollection.prototype.clearAll = function () {
      var self = this;
      this._queue("clearAll", null, function () {
        var t = self._entity();
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(function (cf) {
          return !overlaps(cf.rect, t.rect);
        });
      });
    };
    function ColorScaleProxy(ctx, path, resolve) {
      Proxy_.call(this, ctx, path, resolve);
    }
    ColorScaleProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(ColorScaleProxy, {
      criteria: {
        get: function (cf) {
          return cf.colorScale || {};
        },
        set: function (cf, v) {
          if (!v || !v.minimum || !v.maximum)
            throw excelError(
              ERROR_CODES.invalidArgument,
              "A color scale needs minimum and maximum criteria.",
            );
          ["minimum", "midpoint", "maximum"].forEach(function (k) {
            var c = v[k];
            if (!c) return;
            var types = ["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];
            if (types.indexOf(c.type) < 0)
              throw excelError(ERROR_CODES.invalidArgument, "Unknown color scale criterion type " + c.type);
            if (typeof c.color !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(c.color))
              throw excelError(ERROR_CODES.invalidArgument, "A color must be #RRGGBB.");
          });
          cf.colorScale = JSON.parse(JSON.stringify(v));
        },
      },
    });

    /* --- tables --- */
    var TABLE_PROPS = {
      name: {
        get: function (t) {
          return t.name;
        },
        set: function (t, v) {
          validateName(v, t, null);
          t.name = v;
        },
      },
      id: {
        get: function (t) {
          return t.id;
        },
      },
      style: {
        get: function (t) {
          return t.style;
        },
        set: function (t, v) {
          if (typeof v !== "string" || !/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v)) {
            throw excelError(ERROR_CODES.invalidArgument, "Unknown table style " + v);
          }
          t.style = v;
        },
      },
      showTotals: {
        get: function (t) {
          return t.showTotals;
        },
        set: function (t, v) {
          if (v) throw excelError(ERROR_CODES.notImplemented, "The fake does not support totals rows.");
          t.showTotals = false;
        },
      },
      showBandedRows: {
        get: function (t) {
          return t.showBandedRows;
        },
        set: function (t, v) {
          t.showBandedRows = !!v;
        },
      },
    };
    function TableCollection(ctx, path, sheetFn) {
      Proxy_.call(this, ctx, path, function () {
        return model;
      });
      this._sheetFn = sheetFn;
    }
    TableCollection.prototype = Object.create(Proxy_.prototype);
    function TableProxy(ctx, path, resolve, nullable) {
      Proxy_.call(this, ctx, path, resolve, nullable);
      var self = this;
      this.rows = new TableRowCollection(ctx, path + ".rows", function () {
        return self._entity();
      });
      this.columns = new TableColumnCollection(ctx, path + ".columns", function () {
        return self._entity();
      });
      this.worksheet = new WorksheetProxy(ctx, path + ".worksheet", function () {
        return self._entity().sheet;
      });
    }
    TableProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(TableProxy, TABLE_PROPS);
    defineCollection(
      TableCollection,
      function (coll) {
        var sheet = coll._sheetFn ? coll._sheetFn() : null;
        return model.tables.filter(function (t) {
          return !sheet || t.sheet === sheet;
        });
      },
      function (coll, t) {
        return new TableProxy(coll._ctx, "wb.tables[" + t.id + "]", function () {
          return t;
        });
      },
      TABLE_PROPS,
    );
    function findTable(k, sheet) {
      var lower = String(k).toLowerCase();
      for (var i = 0; i < model.tables.length; i++) {
        var t = model.tables[i];
        if ((!sheet || t.sheet === sheet) && (t.id === String(k) || t.name.toLowerCase() === lower)) return t;
      }
      return null;
    }
    function rangeTarget(ctx, arg, defaultSheet) {
      if (arg instanceof RangeProxy) {
        if (arg._ctx !== ctx)
          throw excelError(
            ERROR_CODES.invalidRequestContext,
            "The range belongs to another request context.",
          );
        return arg._entity();
      }
      var parsed = parseAddress(arg);
      var sheet = parsed.sheetName ? findSheet(parsed.sheetName) : defaultSheet;
      if (!sheet)
        throw excelError(ERROR_CODES.invalidArgument, "The address must name an existing sheet: " + arg);
      return { sheet: sheet, rect: parsed.rect };
    }
    TableCollection.prototype.add = function (address, hasHeaders) {
      var self = this;
      var ctx = this._ctx;
      var proxy = new TableProxy(
        ctx,
        this._path + ".add(" + (typeof address === "string" ? address : address._path) + ")",
        function () {
          return proxy._created || null;
        },
      );
      this._queue("add", [typeof address === "string" ? address : address._path, hasHeaders], function () {
        var sheet = self._sheetFn ? self._sheetFn() : null;
        var target = rangeTarget(ctx, address, sheet);
        if (sheet && target.sheet !== sheet)
          throw excelError(ERROR_CODES.invalidArgument, "The range is on another sheet.");
        proxy._created = addTable(target.sheet, target.rect, hasHeaders);
      });
      return proxy;
    };
    TableCollection.prototype.getItem = function (k) {
      var self = this;
      return new TableProxy(this._ctx, this._path + "[" + JSON.stringify(k) + "]", function () {
        return findTable(k, self._sheetFn ? self._sheetFn() : null);
      });
    };
    TableCollection.prototype.getItemOrNullObject = function (k) {
      var self = this;
      return new TableProxy(
        this._ctx,
        this._path + "[" + JSON.stringify(k) + "]?",
        function () {
          return findTable(k, self._sheetFn ? self._sheetFn() : null);
        },
        true,
      );
    };
    function tableRange(self, name, fn) {
      return new RangeProxy(self._ctx, self._path + "." + name, function () {
        var t = self._entity();
        return { sheet: t.sheet, rect: fn(t.rect) };
      });
    }
    TableProxy.prototype.getRange = function () {
      return tableRange(this, "range", function (r) {
        return r;
      });
    };
    TableProxy.prototype.getHeaderRowRange = function () {
      return tableRange(this, "headerRowRange", function (r) {
        return { r0: r.r0, c0: r.c0, rows: 1, cols: r.cols };
      });
    };
    TableProxy.prototype.getDataBodyRange = function () {
      return tableRange(this, "dataBodyRange", function (r) {
        return { r0: r.r0 + 1, c0: r.c0, rows: r.rows - 1, cols: r.cols };
      });
    };
    TableProxy.prototype.resize = function (newRange) {
      var self = this;
      var ctx = this._ctx;
      this._queue("resize", typeof newRange === "string" ? newRange : newRange._path, function () {
        var t = self._entity();
        var target = rangeTarget(ctx, newRange, t.sheet);
        if (target.sheet !== t.sheet)
          throw excelError(ERROR_CODES.invalidArgument, "A table cannot move to another sheet.");
        var nr = target.rect;
        if (nr.r0 !== t.rect.r0 || !overlaps(nr, t.rect) || nr.rows < 2) {
          throw excelError(
            ERROR_CODES.invalidArgument,
            "The new range must overlap the table, keep its header row, and have at least one data row.",
          );
        }
        checkNoTableOverlap(t.sheet, nr, t);
        t.rect = Object.assign({}, nr);
        normalizeTableHeaders(t.sheet);
      });
    };
    TableProxy.prototype.delete = function () {
      var self = this;
      this._queue("delete", null, function () {
        var t = self._entity();
        clearRect(t.sheet, t.rect, "All");
        model.tables.splice(model.tables.indexOf(t), 1);
        t.deleted = true;
      });
    };
    TableProxy.prototype.convertToRange = function () {
      var self = this;
      var out = new RangeProxy(this._ctx, this._path + ".convertToRange()", function () {
        return out._created || null;
      });
      this._queue("convertToRange", null, function () {
        var t = self._entity();
        model.tables.splice(model.tables.indexOf(t), 1);
        t.deleted = true;
        out._created = { sheet: t.sheet, rect: t.rect };
      });
      return out;
    };
    function TableRowCollection(ctx, path, tableFn) {
      Proxy_.call(this, ctx, path, tableFn);
    }
    TableRowCollection.prototype = Object.create(Proxy_.prototype);
    defineProps(TableRowCollection, {
      count: {
        get: function (t) {
          return t.rect.rows - 1;
        },
      },
    });
    TableRowCollection.prototype.add = function (index, values) {
      var self = this;
      this._queue(
        "add",
        [index === undefined ? null : index, values === undefined ? null : values],
        function () {
          var t = self._entity();
          if (index !== undefined && index !== null && index !== t.rect.rows - 1) {
            throw excelError(ERROR_CODES.notImplemented, "The fake only appends rows at the end of a table.");
          }
          var n = Array.isArray(values) ? values.length : 1;
          var grown = { r0: t.rect.r0, c0: t.rect.c0, rows: t.rect.rows + n, cols: t.rect.cols };
          checkRect(grown, "table");
          checkNoTableOverlap(t.sheet, grown, t);
          var body = {
            sheet: t.sheet,
            rect: { r0: t.rect.r0 + t.rect.rows, c0: t.rect.c0, rows: n, cols: t.rect.cols },
          };
          for (var r = body.rect.r0; r < body.rect.r0 + n; r++) {
            for (var c = t.rect.c0; c < t.rect.c0 + t.rect.cols; c++) {
              var cell = getCell(t.sheet, r, c);
              if (cell && (cell.value !== "" || cell.formula !== null)) {
                throw excelError(
                  ERROR_CODES.invalidOperation,
                  "Adding a table row would overwrite cells below the table.",
                );
              }
            }
          }
          t.rect = grown;
          if (Array.isArray(values)) writeArray(body, values, "values", writeInput);
        },
      );
    };
    function TableColumnCollection(ctx, path, tableFn) {
      Proxy_.call(this, ctx, path, tableFn);
    }
    TableColumnCollection.prototype = Object.create(Proxy_.prototype);
    var COLUMN_PROPS = {
      name: {
        get: function (c) {
          return tableHeaders(c.table)[c.index];
        },
      },
      index: {
        get: function (c) {
          return c.index;
        },
      },
    };
    function TableColumnProxy(ctx, path, resolve, nullable) {
      Proxy_.call(this, ctx, path, resolve, nullable);
    }
    TableColumnProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(TableColumnProxy, COLUMN_PROPS);
    TableColumnProxy.prototype.getDataBodyRange = function () {
      var self = this;
      return new RangeProxy(this._ctx, this._path + ".dataBodyRange", function () {
        var c = self._entity();
        var r = c.table.rect;
        return {
          sheet: c.table.sheet,
          rect: { r0: r.r0 + 1, c0: r.c0 + c.index, rows: r.rows - 1, cols: 1 },
        };
      });
    };
    defineCollection(
      TableColumnCollection,
      function (coll) {
        var t = coll._entity();
        return tableHeaders(t).map(function (_, i) {
          return { table: t, index: i };
        });
      },
      function (coll, c) {
        return new TableColumnProxy(coll._ctx, coll._path + "[" + c.index + "]", function () {
          return c;
        });
      },
      COLUMN_PROPS,
    );
    TableColumnCollection.prototype.getItemOrNullObject = function (k) {
      var self = this;
      return new TableColumnProxy(
        this._ctx,
        this._path + "[" + JSON.stringify(k) + "]?",
        function () {
          var t = self._entity();
          var i = tableHeaders(t).findIndex(function (h) {
            return h.toLowerCase() === String(k).toLowerCase();
          });
          return i < 0 ? null : { table: t, index: i };
        },
        true,
      );
    };

    /* --- defined names --- */
    var NAME_PROPS = {
      name: {
        get: function (n) {
          return n.name;
        },
      },
      type: {
        get: function (n) {
          return n.broken ? "Error" : "Range";
        },
      },
      formula: {
        get: function (n) {
          return nameFormula(n);
        },
      },
      comment: {
        get: function (n) {
          return n.comment;
        },
        set: function (n, v) {
          n.comment = String(v);
        },
      },
      visible: {
        get: function (n) {
          return n.visible;
        },
        set: function (n, v) {
          n.visible = !!v;
        },
      },
    };
    function NamedItemCollection(ctx) {
      Proxy_.call(this, ctx, "wb.names", function () {
        return model;
      });
    }
    NamedItemCollection.prototype = Object.create(Proxy_.prototype);
    function NamedItemProxy(ctx, path, resolve, nullable) {
      Proxy_.call(this, ctx, path, resolve, nullable);
    }
    NamedItemProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(NamedItemProxy, NAME_PROPS);
    defineCollection(
      NamedItemCollection,
      function () {
        return model.names.slice();
      },
      function (coll, n) {
        return new NamedItemProxy(coll._ctx, "wb.names[" + JSON.stringify(n.name) + "]", function () {
          return n;
        });
      },
      NAME_PROPS,
    );
    function findName(k) {
      var lower = String(k).toLowerCase();
      return (
        model.names.find(function (n) {
          return n.name.toLowerCase() === lower;
        }) || null
      );
    }
    NamedItemCollection.prototype.add = function (name, reference, comment) {
      var ctx = this._ctx;
      var proxy = new NamedItemProxy(ctx, "wb.names[" + JSON.stringify(name) + "]", function () {
        return proxy._created || null;
      });
      this._queue(
        "add",
        [name, typeof reference === "string" ? reference : reference._path, comment || ""],
        function () {
          validateName(name, null, null);
          var target = rangeTarget(
            ctx,
            typeof reference === "string" ? reference.replace(/^=/, "") : reference,
            null,
          );
          var n = {
            name: name,
            sheet: target.sheet,
            rect: Object.assign({}, target.rect),
            comment: comment || "",
            visible: true,
            broken: false,
          };
          model.names.push(n);
          proxy._created = n;
        },
      );
      return proxy;
    };
    NamedItemCollection.prototype.getItem = function (k) {
      return new NamedItemProxy(this._ctx, "wb.names[" + JSON.stringify(k) + "]", function () {
        return findName(k);
      });
    };
    NamedItemCollection.prototype.getItemOrNullObject = function (k) {
      return new NamedItemProxy(
        this._ctx,
        "wb.names[" + JSON.stringify(k) + "]?",
        function () {
          return findName(k);
        },
        true,
      );
    };
    NamedItemProxy.prototype.delete = function () {
      var self = this;
      this._queue("delete", null, function () {
        var n = self._entity();
        model.names.splice(model.names.indexOf(n), 1);
        n.deleted = true;
      });
    };
    NamedItemProxy.prototype.getRange = function () {
      var self = this;
      return new RangeProxy(this._ctx, this._path + ".range", function () {
        var n = self._entity();
        if (n.broken)
          throw excelError(
            ERROR_CODES.invalidReference,
            "The name " + n.name + " refers to a deleted range.",
          );
        return { sheet: n.sheet, rect: n.rect };
      });
    };

    /* --- settings --- */
    var SETTING_PROPS = {
      key: {
        get: function (s) {
          return s.key;
        },
      },
      value: {
        get: function (s) {
          return JSON.parse(JSON.stringify(s.value));
        },
        set: function (s, v) {
          s.value = JSON.parse(JSON.stringify(v));
        },
      },
    };
    function SettingCollection(ctx) {
      Proxy_.call(this, ctx, "wb.settings", function () {
        return model;
      });
    }
    SettingCollection.prototype = Object.create(Proxy_.prototype);
    function SettingProxy(ctx, path, resolve, nullable) {
      Proxy_.call(this, ctx, path, resolve, nullable);
    }
    SettingProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(SettingProxy, SETTING_PROPS);
    defineCollection(
      SettingCollection,
      function () {
        return Array.from(model.settings.values());
      },
      function (coll, s) {
        return new SettingProxy(coll._ctx, "wb.settings[" + JSON.stringify(s.key) + "]", function () {
          return s;
        });
      },
      SETTING_PROPS,
    );
    SettingCollection.prototype.add = function (k, value) {
      var proxy = new SettingProxy(this._ctx, "wb.settings[" + JSON.stringify(k) + "]", function () {
        return model.settings.get(k) || null;
      });
      this._queue("add", [k, value], function () {
        if (typeof k !== "string" || k.length === 0)
          throw excelError(ERROR_CODES.invalidArgument, "A setting key must be a non-empty string.");
        if (value === undefined)
          throw excelError(ERROR_CODES.invalidArgument, "A setting value cannot be undefined.");
        model.settings.set(k, { key: k, value: JSON.parse(JSON.stringify(value)) });
      });
      return proxy;
    };
    SettingCollection.prototype.getItem = function (k) {
      return new SettingProxy(this._ctx, "wb.settings[" + JSON.stringify(k) + "]", function () {
        return model.settings.get(k) || null;
      });
    };
    SettingCollection.prototype.getItemOrNullObject = function (k) {
      return new SettingProxy(
        this._ctx,
        "wb.settings[" + JSON.stringify(k) + "]?",
        function () {
          return model.settings.get(k) || null;
        },
        true,
      );
    };
    SettingProxy.prototype.delete = function () {
      var self = this;
      this._queue("delete", null, function () {
        var s = self._entity();
        model.settings.delete(s.key);
        s.deleted = true;
      });
    };

    /* --- charts --- */
    var CHART_TYPES = ["BarClustered", "ColumnClustered", "Line", "Pie", "BarStacked", "ColumnStacked"];
    var CHART_PROPS = {
      name: {
        get: function (c) {
          return c.name;
        },
        set: function (c, v) {
          if (typeof v !== "string" || v.length === 0 || v.length > 255)
            throw excelError(ERROR_CODES.invalidArgument, "A chart name must be 1 to 255 characters.");
          c.name = v;
        },
      },
      id: {
        get: function (c) {
          return c.id;
        },
      },
      chartType: {
        get: function (c) {
          return c.type;
        },
      },
    };
    function ChartCollection(ctx, path, sheetFn) {
      Proxy_.call(this, ctx, path, sheetFn);
      this._sheetFn = sheetFn;
    }
    ChartCollection.prototype = Object.create(Proxy_.prototype);
    function ChartProxy(ctx, path, resolve, nullable) {
      Proxy_.call(this, ctx, path, resolve, nullable);
      var self = this;
      var chartFn = function () {
        return self._entity();
      };
      this.title = new SimpleProxy(ctx, path + ".title", chartFn, "title", { text: "", visible: true });
      this.legend = new SimpleProxy(ctx, path + ".legend", chartFn, "legend", {
        visible: true,
        position: "Right",
      });
      this.series = new ChartSeriesCollection(ctx, path + ".series", chartFn);
    }
    ChartProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(ChartProxy, CHART_PROPS);
    defineCollection(
      ChartCollection,
      function (coll) {
        return coll._sheetFn().charts.slice();
      },
      function (coll, c) {
        return new ChartProxy(coll._ctx, coll._path + "[" + c.id + "]", function () {
          return c;
        });
      },
      CHART_PROPS,
    );
    ChartCollection.prototype.add = function (type, sourceData, seriesBy) {
      var self = this;
      var ctx = this._ctx;
      var proxy = new ChartProxy(ctx, this._path + ".add(" + type + ")", function () {
        return proxy._created || null;
      });
      this._queue("add", [type, sourceData && sourceData._path, seriesBy || "Auto"], function () {
        if (CHART_TYPES.indexOf(type) < 0)
          throw excelError(ERROR_CODES.invalidArgument, "Unknown chart type " + type);
        var sheet = self._sheetFn();
        var src = rangeTarget(ctx, sourceData, sheet);
        var chart = {
          id: "chart" + nextId++,
          name: "Chart " + (sheet.charts.length + 1),
          type: type,
          sheet: sheet,
          source: { sheet: src.sheet.name, address: rectToA1(src.rect, false) },
          seriesBy: seriesBy || "Auto",
          title: { text: "", visible: true },
          legend: { visible: true, position: "Right" },
          series: [],
          position: null,
        };
        // As Excel: with seriesBy "Columns" each column of the source is a series of its own
        // ("Rows": each row); "Auto" takes the longer side as the points.
        var byColumns =
          (seriesBy || "Auto") === "Columns" ||
          ((seriesBy || "Auto") === "Auto" && src.rect.rows >= src.rect.cols);
        var count = byColumns ? src.rect.cols : src.rect.rows;
        for (var i = 0; i < count; i++) {
          var part = byColumns
            ? { r0: src.rect.r0, c0: src.rect.c0 + i, rows: src.rect.rows, cols: 1 }
            : { r0: src.rect.r0 + i, c0: src.rect.c0, rows: 1, cols: src.rect.cols };
          chart.series.push({
            name: "",
            values: { sheet: src.sheet.name, address: rectToA1(part, false) },
            xValues: null,
          });
        }
        sheet.charts.push(chart);
        proxy._created = chart;
      });
      return proxy;
    };
    ChartCollection.prototype.getItemOrNullObject = function (name) {
      var self = this;
      return new ChartProxy(
        this._ctx,
        this._path + "[" + JSON.stringify(name) + "]?",
        function () {
          return (
            self._sheetFn().charts.find(function (c) {
              return c.name === name;
            }) || null
          );
        },
        true,
      );
    };
    ChartProxy.prototype.setPosition = function (start, end) {
      var self = this;
      var ctx = this._ctx;
      this._queue(
        "setPosition",
        [
          typeof start === "string" ? start : start._path,
          end ? (typeof end === "string" ? end : end._path) : null,
        ],
        function () {
          var c = self._entity();
          var s = rangeTarget(ctx, start, c.sheet);
          var e = end ? rangeTarget(ctx, end, c.sheet) : s;
          c.position = { start: rectToA1(s.rect, false), end: rectToA1(e.rect, false) };
        },
      );
    };
    ChartProxy.prototype.delete = function () {
      var self = this;
      this._queue("delete", null, function () {
        var c = self._entity();
        c.sheet.charts.splice(c.sheet.charts.indexOf(c), 1);
        c.deleted = true;
      });
    };
    function SimpleProxy(ctx, path, ownerFn, field, defaults) {
      Proxy_.call(this, ctx, path, function () {
        var o = ownerFn();
        if (!o[field]) o[field] = Object.assign({}, defaults);
        return o[field];
      });
      var self = this;
      Object.keys(defaults).forEach(function (p) {
        Object.defineProperty(self, p, {
          get: function () {
            if (!self._loaded.has(p))
              throw excelError(ERROR_CODES.propertyNotLoaded, "The property '" + p + "' is not available.");
            return self._loaded.get(p);
          },
          set: function (v) {
            self._queue("set:" + p, v, function () {
              self._entity()[p] = v;
            });
          },
        });
      });
      this._fields = Object.keys(defaults);
    }
    SimpleProxy.prototype = Object.create(Proxy_.prototype);
    SimpleProxy.prototype.load = function (arg) {
      var self = this;
      var props = parseLoadArg(arg) || self._fields;
      self._queue("load", props.join(","), function () {
        var e = self._entity();
        var out = {};
        props.forEach(function (p) {
          self._loaded.set(p, e[p]);
          out[p] = e[p];
        });
        return out;
      });
      return self;
    };
    function ChartSeriesCollection(ctx, path, chartFn) {
      Proxy_.call(this, ctx, path, chartFn);
    }
    ChartSeriesCollection.prototype = Object.create(Proxy_.prototype);
    ChartSeriesCollection.prototype.getItemAt = function (i) {
      var self = this;
      return new ChartSeriesProxy(
        this._ctx,
        this._path + "[" + i + "]",
        function () {
          var s = self._entity().series[i];
          if (!s) throw excelError(ERROR_CODES.itemNotFound, "The chart has no series " + i + ".");
          return s;
        },
        self,
      );
    };
    function ChartSeriesProxy(ctx, path, resolve, coll) {
      Proxy_.call(this, ctx, path, resolve);
      this._coll = coll;
    }
    ChartSeriesProxy.prototype = Object.create(Proxy_.prototype);
    defineProps(ChartSeriesProxy, {
      name: {
        get: function (s) {
          return s.name;
        },
        set: function (s, v) {
          s.name = String(v);
        },
      },
    });
    ChartSeriesProxy.prototype.setValues = function (range) {
      var self = this;
      this._queue("setValues", range._path, function () {
        var t = rangeTarget(self._ctx, range, null);
        self._entity().values = { sheet: t.sheet.name, address: rectToA1(t.rect, false) };
      });
    };
    ChartSeriesProxy.prototype.setXAxisValues = function (range) {
      var self = this;
      this._queue("setXAxisValues", range._path, function () {
        var t = rangeTarget(self._ctx, range, null);
        self._entity().xValues = { sheet: t.sheet.name, address: rectToA1(t.rect, false) };
      });
    };

    /* ---------- Excel namespace ---------- */
    var Excel = {
      run: function (a, b) {
        var batch = typeof a === "function" ? a : b;
        if (typeof batch !== "function")
          return Promise.reject(excelError(ERROR_CODES.invalidArgument, "Excel.run needs a batch function."));
        stats.runs++;
        var ctx = new RequestContext();
        var result;
        try {
          result = batch(ctx);
        } catch (e) {
          ctx._closed = true;
          return Promise.reject(e);
        }
        if (!result || typeof result.then !== "function") {
          ctx._closed = true;
          return Promise.reject(
            excelError(
              ERROR_CODES.invalidArgument,
              "The batch function passed to Excel.run must return a promise.",
            ),
          );
        }
        return result.then(
          function (value) {
            return ctx.sync(value).then(
              function (v) {
                ctx._closed = true;
                return v;
              },
              function (e) {
                ctx._closed = true;
                throw e;
              },
            );
          },
          function (e) {
            ctx._queue = [];
            ctx._closed = true;
            throw e;
          },
        );
      },
      RequestContext: RequestContext,
      ErrorCodes: ERROR_CODES,
      ClearApplyTo: {
        all: "All",
        formats: "Formats",
        contents: "Contents",
        hyperlinks: "Hyperlinks",
        removeHyperlinks: "RemoveHyperlinks",
      },
      ConditionalFormatType: {
        colorScale: "ColorScale",
        dataBar: "DataBar",
        iconSet: "IconSet",
        custom: "Custom",
        cellValue: "CellValue",
      },
      ConditionalFormatColorCriterionType: {
        lowestValue: "LowestValue",
        highestValue: "HighestValue",
        number: "Number",
        percent: "Percent",
        formula: "Formula",
        percentile: "Percentile",
      },
      ChartType: {
        barClustered: "BarClustered",
        columnClustered: "ColumnClustered",
        line: "Line",
        pie: "Pie",
      },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      DataValidationOperator: {
        between: "Between",
        greaterThan: "GreaterThan",
        lessThan: "LessThan",
        equalTo: "EqualTo",
      },
      DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
      HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
      VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
    };

    /* ---------- inspection and set-up helpers for tests (no syncs, no stats) ---------- */
    function sheetOrThrow(name) {
      var s = findSheet(name);
      if (!s) throw new Error("fake: no sheet " + name);
      return s;
    }
    var helpers = {
      addSheet: function (name) {
        return addSheet(name);
      },
      sheet: function (name) {
        return findSheet(name);
      },
      sheetNames: function () {
        return model.sheets.map(function (s) {
          return s.name;
        });
      },
      /** Sets cells like typing (values: 2-D array; strings interpreted as Excel would). */
      setValues: function (sheetName, address, values) {
        var s = sheetOrThrow(sheetName);
        writeArray({ sheet: s, rect: parseAddress(address).rect }, values, "values", writeInput);
      },
      cell: function (sheetName, address) {
        var s = sheetOrThrow(sheetName);
        var p = parseAddress(address).rect;
        var c = getCell(s, p.r0, p.c0);
        return c
          ? { value: c.value, formula: c.formula, numberFormat: c.numberFormat, quotePrefix: c.quotePrefix }
          : { value: "", formula: null, numberFormat: "General", quotePrefix: false };
      },
      values: function (sheetName, address) {
        var s = sheetOrThrow(sheetName);
        return rangeMap({ sheet: s, rect: parseAddress(address).rect }, cellValue);
      },
      formulas: function (sheetName, address) {
        var s = sheetOrThrow(sheetName);
        return rangeMap({ sheet: s, rect: parseAddress(address).rect }, cellFormula);
      },
      addTable: function (sheetName, address, name) {
        var t = addTable(sheetOrThrow(sheetName), parseAddress(address).rect, true, name);
        return t.name;
      },
      /**
       * Puts an Excel data type in a cell (an entity, a linked entity such as Stocks, an image), as
       * valuesAsJson shows it; values and valueTypes then give its basicValue and basicType.
       */
      setDataType: function (sheetName, address, json) {
        var s = sheetOrThrow(sheetName);
        var p = parseAddress(address).rect;
        var cell = ensureCell(s, p.r0, p.c0);
        cell.formula = null;
        cell.quotePrefix = false;
        cell.rich = JSON.parse(JSON.stringify(json));
        cell.value = json.basicValue === undefined ? "#VALUE!" : json.basicValue;
      },
      /** Renames a table column as typing a new header does (formulas follow the new name). */
      renameTableColumn: function (tableName, column, newName) {
        var t = tableByName(tableName);
        if (!t) throw new Error("fake: no table " + tableName);
        var j = tableHeaders(t).findIndex(function (h) {
          return h.toLowerCase() === String(column).toLowerCase();
        });
        if (j < 0) throw new Error("fake: table " + tableName + " has no column " + column);
        writeInput(t.sheet, t.rect.r0, t.rect.c0 + j, "'" + newName);
        normalizeTableHeaders(t.sheet);
      },
      /** Deletes a table column as the person would (cells shift left; references become #REF!). */
      deleteTableColumn: function (tableName, column) {
        var t = tableByName(tableName);
        if (!t) throw new Error("fake: no table " + tableName);
        deleteTableColumn(t, column);
      },
      addName: function (name, sheetName, address) {
        validateName(name, null, null);
        model.names.push({
          name: name,
          sheet: sheetOrThrow(sheetName),
          rect: parseAddress(address).rect,
          comment: "",
          visible: true,
          broken: false,
        });
      },
      deleteSheet: function (name) {
        deleteSheet(sheetOrThrow(name));
      },
      renameSheet: function (name, newName) {
        var s = sheetOrThrow(name);
        validateSheetName(newName, s);
        s.name = newName;
      },
      tables: function () {
        return model.tables.map(function (t) {
          return {
            id: t.id,
            name: t.name,
            sheet: t.sheet.name,
            address: rectToA1(t.rect, false),
            style: t.style,
            headers: tableHeaders(t),
          };
        });
      },
      names: function () {
        return model.names.map(function (n) {
          return { name: n.name, formula: nameFormula(n), comment: n.comment };
        });
      },
      charts: function (sheetName) {
        return sheetOrThrow(sheetName).charts.map(function (c) {
          return {
            name: c.name,
            type: c.type,
            title: c.title.text,
            legend: c.legend.visible,
            source: c.source,
            series: c.series.map(function (s) {
              return { name: s.name, values: s.values, xValues: s.xValues };
            }),
            position: c.position,
          };
        });
      },
      validation: function (sheetName, address) {
        var s = sheetOrThrow(sheetName);
        var p = parseAddress(address).rect;
        var v = s.validations.get(key(p.r0, p.c0));
        return v ? JSON.parse(JSON.stringify(v)) : null;
      },
      conditionalFormats: function (sheetName) {
        return sheetOrThrow(sheetName).conditionalFormats.map(function (cf) {
          return { type: cf.type, address: rectToA1(cf.rect, false), colorScale: cf.colorScale };
        });
      },
      style: function (sheetName, address) {
        var s = sheetOrThrow(sheetName);
        var p = parseAddress(address).rect;
        return Object.assign({}, s.styles.get(key(p.r0, p.c0)) || {});
      },
      columnWidth: function (sheetName, col) {
        var s = sheetOrThrow(sheetName);
        return s.columnWidths.get(typeof col === "number" ? col : colToIndex(col));
      },
      setting: function (k) {
        var s = model.settings.get(k);
        return s ? JSON.parse(JSON.stringify(s.value)) : undefined;
      },
      /** The day a cell's number means in this workbook's date system, as yyyy-mm-dd (what a date format shows). */
      dateShown: function (sheetName, address) {
        var s = sheetOrThrow(sheetName);
        var p = parseAddress(address).rect;
        var v = cellValue(s, p.r0, p.c0);
        if (typeof v !== "number") return null;
        var epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
        return new Date(epoch + Math.floor(v) * 86400000).toISOString().slice(0, 10);
      },
      /** Cell writes made under suspendApiCalculationUntilNextSync and not recalculated since. */
      uncalculatedWrites: function () {
        return model.application.uncalculated;
      },
      activeSheet: function () {
        var s = findSheet(model.activeSheetId);
        return s ? s.name : null;
      },
      /** A deterministic JSON snapshot of one sheet: cells, styles, widths, merges, validations, formats, charts, tables. */
      snapshot: function (sheetName) {
        var s = sheetOrThrow(sheetName);
        var sortMap = function (m) {
          return Array.from(m.entries())
            .sort(function (a, b) {
              return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
            })
            .map(function (e) {
              return [e[0], e[1]];
            });
        };
        return JSON.stringify({
          name: s.name,
          cells: sortMap(s.cells),
          styles: sortMap(s.styles),
          columnWidths: sortMap(s.columnWidths),
          rowHeights: sortMap(s.rowHeights),
          merges: s.merges,
          validations: sortMap(s.validations),
          conditionalFormats: s.conditionalFormats.map(function (cf) {
            return { type: cf.type, rect: cf.rect, colorScale: cf.colorScale };
          }),
          charts: helpers.charts(sheetName),
          tables: helpers.tables().filter(function (t) {
            return t.sheet === s.name;
          }),
          customProperties: sortMap(
            new Map(
              Array.from(s.customProperties.values()).map(function (p) {
                return [p.key, p.value];
              }),
            ),
          ),
        });
      },
      parseAddress: parseAddress,
      rectToA1: rectToA1,
    };

    return { Excel: Excel, workbook: model, stats: stats, helpers: helpers };
  }

  /** Creates a fake and makes it the page's Excel (globalThis.Excel), keeping it as globalThis.__fakeExcel for assertions. */
  function installFakeExcel(options) {
    var fake = createFakeExcel(options);
    if (!options || options.addSheet !== false) fake.helpers.addSheet("Sheet1");
    root.Excel = fake.Excel;
    root.__fakeExcel = fake;
    return fake;
  }

  root.createFakeExcel = createFakeExcel;
  root.installFakeExcel = installFakeExcel;
  if (typeof module !== "undefined" && module.exports) {
    module.exports = { createFakeExcel: createFakeExcel, installFakeExcel: installFakeExcel };
  }
})(typeof globalThis !== "undefined" ? globalThis : this);
