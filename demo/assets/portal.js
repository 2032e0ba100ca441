/*
 * Demo drafting portal (江州市行政规范性文件起草审核系统). Plain script, no build step, no network beyond this
 * origin. Renders the shared header and navigation, loads a sample draft from drafts/*.txt and puts it into
 * each page's editor the way that editor stores it (textarea value, <p>/<div> blocks, Slate spans, iframe body).
 * When every editor is filled: <html data-demo-ready="true"> and a 'demo-ready' event on window.
 */
(function () {
  'use strict';

  var NAV = [
    ['index.html', '工作台'],
    ['textarea.html', '起草（纯文本）'],
    ['contenteditable.html', '起草（富文本）'],
    ['ueditor.html', '起草（UEditor）'],
    ['kindeditor.html', '起草（KindEditor）'],
    ['tinymce.html', '起草（TinyMCE）'],
    ['ckeditor4.html', '起草（CKEditor 4）'],
    ['ckeditor5.html', '起草（CKEditor 5）'],
    ['wangeditor.html', '起草（wangEditor）'],
    ['quill.html', '起草（Quill）'],
    ['two-editors.html', '正文与起草说明'],
    ['long.html', '长篇草案'],
    ['readonly.html', '已提交文稿'],
  ];

  var FRAME_CSS =
    'html{background:#fff}body{margin:16px 28px;font:16px/1.9 "FangSong","仿宋","STFangsong","WenQuanYi Micro Hei",serif;color:#222}' +
    'p{margin:0 0 6px;text-indent:2em}p.c{text-align:center;text-indent:0}p.r{text-align:right}p.h{text-indent:0}' +
    'p.t{font-size:20px;font-weight:bold;font-family:"SimHei","黑体","WenQuanYi Micro Hei",sans-serif}';

  function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  /** Paragraph role of line i: title, number, article, heading, signature, body. */
  function role(lines, i) {
    var l = lines[i];
    if (i === 0) return 't';
    if (/〔\d{4}〕\d+号$/.test(l)) return 'c';
    if (i >= lines.length - 2 && (/^\d{4}年\d+月\d+日$/.test(l) || /^[^，。；：]{2,30}$/.test(l))) return 'r';
    if (/^[一二三四五六七八九十]+、/.test(l)) return 'h';
    if (/^第[一二三四五六七八九十百零]+条/.test(l)) return 'a';
    if (/^[^，。；：]{4,60}(办法|规定|措施|细则)$/.test(l)) return 'c';
    return 'b';
  }

  /** Inner HTML of one line: article numbers and headings in bold (nested inline markup, as editors do). */
  function inline(l, r) {
    if (r === 't') return '<strong>' + esc(l) + '</strong>';
    if (r === 'a') {
      var m = /^(第[一二三四五六七八九十百零]+条)([\s\S]*)$/.exec(l);
      return '<strong>' + esc(m[1]) + '</strong>' + esc(m[2]);
    }
    if (r === 'h') return '<b>' + esc(l) + '</b>';
    return esc(l);
  }

  var CLASS = { t: 'c t', c: 'c', r: 'r', h: 'h', a: '', b: '' };

  /** Draft text -> editor HTML in one of the markups real editors produce. */
  function toHtml(text, markup) {
    var lines = text.split('\n');
    var out = [];
    for (var i = 0; i < lines.length; i++) {
      var r = role(lines, i);
      var cls = CLASS[r] ? ' class="' + CLASS[r] + '"' : '';
      if (markup === 'div') {
        var align = r === 't' || r === 'c' ? ' style="text-align:center"' : r === 'r' ? ' style="text-align:right"' : '';
        out.push('<div' + align + '>' + inline(lines[i], r) + '</div>');
      } else if (markup === 'br' && r === 'r' && i + 1 < lines.length) {
        // KindEditor keeps Shift+Enter lines inside one paragraph: issuer<br>date
        out.push('<p class="r">' + esc(lines[i]) + '<br />' + esc(lines[i + 1]) + '</p>');
        i++;
      } else if (markup === 'slate') {
        out.push(
          '<p data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true">' +
            '<span data-slate-string="true">' + esc(lines[i]) + '</span></span></span></p>'
        );
      } else {
        out.push('<p' + cls + '>' + inline(lines[i], r) + '</p>');
      }
    }
    return out.join('');
  }

  /** Writes an editor document into a same-origin iframe, as UEditor / TinyMCE / CKEditor 4 / KindEditor do. */
  function writeFrame(iframe, opts, html) {
    var doc = iframe.contentDocument;
    var attrs = '';
    var body = opts.body || {};
    for (var k in body) attrs += ' ' + k + '="' + esc(body[k]) + '"';
    doc.open();
    doc.write(
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' + esc(opts.title || '') +
        '</title><style>' + FRAME_CSS + (opts.css || '') + '</style></head><body' + attrs + '>' + html +
        '</body></html>'
    );
    doc.close();
    if (opts.designMode) doc.designMode = 'on';
    return doc;
  }

  function cnNumber(n) {
    var d = '零一二三四五六七八九';
    if (n < 10) return d[n];
    if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
    if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
    if (n < 1000) {
      var rest = n % 100;
      return d[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + d[rest] : rest < 20 ? '一' + cnNumber(rest) : cnNumber(rest));
    }
    var r2 = n % 1000;
    return d[Math.floor(n / 1000)] + '千' + (r2 === 0 ? '' : r2 < 100 ? '零' + cnNumber(r2) : cnNumber(r2));
  }

  /** A ≥ minChars draft: every article of the sample drafts, repeated and renumbered 第一条…第N条. */
  function longDraft(texts, minChars) {
    var bodies = [];
    texts.forEach(function (t) {
      t.split('\n').forEach(function (l) {
        var m = /^第[一二三四五六七八九十百零]+条　([\s\S]+)$/.exec(l);
        if (m) bodies.push(m[1]);
        var m2 = /^（[一二三四五六七八九十]+）([\s\S]+)$/.exec(l);
        if (m2) bodies.push(m2[1]);
      });
    });
    var lines = ['江州市优化营商环境条例实施办法（汇编稿）', '江府规〔2025〕9号'];
    var len = lines.join('\n').length;
    for (var n = 1; len < minChars; n++) {
      var line = '第' + cnNumber(n) + '条　' + bodies[(n - 1) % bodies.length];
      lines.push(line);
      len += line.length + 1;
    }
    lines.push('江州市人民政府', '2025年9月30日');
    return lines.join('\n');
  }

  function get(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.text();
    });
  }

  function loadDraft(name) {
    return get('drafts/' + name + '.txt').then(function (t) {
      return t.replace(/\r\n/g, '\n').replace(/\n+$/, '');
    });
  }

  function chrome() {
    var page = location.pathname.split('/').pop() || 'index.html';
    var header = document.querySelector('[data-oa-header]');
    if (header) {
      header.className = 'oa-header';
      header.innerHTML =
        '<div class="oa-logo">江</div><div class="oa-brand"><div class="oa-name">江州市行政规范性文件起草审核系统</div>' +
        '<div class="oa-sub">政务内网 · 演示环境</div></div><div class="oa-user">起草人：张明　|　市市场监督管理局法规科　|　<a href="index.html">退出</a></div>';
    }
    var nav = document.querySelector('[data-oa-nav]');
    if (nav) {
      nav.className = 'oa-nav';
      nav.innerHTML =
        '<div class="oa-nav-title">文件起草</div><ul>' +
        NAV.map(function (n) {
          return '<li' + (n[0] === page ? ' class="on"' : '') + '><a href="' + n[0] + '">' + n[1] + '</a></li>';
        }).join('') +
        '</ul><div class="oa-nav-title">审核与备案</div><ul><li><a href="readonly.html">合法性审核</a></li>' +
        '<li><a href="index.html">公平竞争审查</a></li><li><a href="index.html">备案管理</a></li></ul>';
    }
    document.addEventListener('click', function (e) {
      var t = e.target.closest ? e.target.closest('[data-demo-action]') : null;
      if (!t) return;
      e.preventDefault();
      toast(t.getAttribute('data-demo-action') === 'save' ? '草稿已保存（演示）' : '已提交合法性审核（演示）');
    });
  }

  function toast(msg) {
    var el = document.createElement('div');
    el.className = 'oa-toast';
    el.textContent = msg;
    document.body.appendChild(el);
    setTimeout(function () {
      el.remove();
    }, 1800);
  }

  /** Toolbar buttons with data-cmd run execCommand in their editor's document (bold, italic, undo…). */
  function wireToolbar(toolbar, getDoc) {
    if (!toolbar) return;
    toolbar.addEventListener('mousedown', function (e) {
      var b = e.target.closest ? e.target.closest('[data-cmd]') : null;
      if (!b) return;
      e.preventDefault();
      getDoc().execCommand(b.getAttribute('data-cmd'), false, null);
    });
  }

  function fillForm(text) {
    var lines = text.split('\n');
    var set = function (id, v) {
      var el = document.getElementById(id);
      if (el && v) el.value = v;
    };
    set('doc-title', lines[0]);
    set('doc-number', lines.filter(function (l) { return /〔\d{4}〕\d+号$/.test(l); })[0]);
    set('doc-issuer', lines[lines.length - 2]);
  }

  /**
   * cfg = { draft: 'name' | { long: true }, editors: [{ selector, type: 'textarea'|'html'|'iframe', markup,
   *   draft?, body?, css?, designMode?, toolbar? }], form?: true }
   */
  function boot(cfg) {
    chrome();
    var names = ['prepaid-consumption', 'county-bidding', 'digital-economy'];
    var wanted = {};
    cfg.editors.forEach(function (e) {
      wanted[e.draft || cfg.draft] = true;
    });
    var load = Object.keys(wanted).map(function (n) {
      if (n === 'long') return Promise.all(names.map(loadDraft)).then(function (ts) { return [n, longDraft(ts, 100000)]; });
      return loadDraft(n).then(function (t) { return [n, t]; });
    });
    return Promise.all(load).then(function (pairs) {
      var texts = {};
      pairs.forEach(function (p) { texts[p[0]] = p[1]; });
      if (cfg.form !== false) fillForm(texts[cfg.draft]);
      cfg.editors.forEach(function (e) {
        var el = document.querySelector(e.selector);
        var text = texts[e.draft || cfg.draft];
        if (e.type === 'textarea') {
          el.value = text;
          wireToolbar(document.querySelector(e.toolbar), function () { return document; });
        } else if (e.type === 'html') {
          el.innerHTML = toHtml(text, e.markup || 'p');
          wireToolbar(document.querySelector(e.toolbar), function () { return document; });
        } else if (e.type === 'iframe') {
          var doc = writeFrame(el, e, toHtml(text, e.markup || 'p'));
          wireToolbar(document.querySelector(e.toolbar), function () { return doc; });
        }
      });
      var counter = document.querySelector('[data-demo-count]');
      if (counter) counter.textContent = String(texts[cfg.draft].length);
      document.documentElement.setAttribute('data-demo-ready', 'true');
      window.dispatchEvent(new Event('demo-ready'));
    });
  }

  window.Portal = { boot: boot, chrome: chrome, loadDraft: loadDraft, toHtml: toHtml, longDraft: longDraft, cnNumber: cnNumber };
})();
