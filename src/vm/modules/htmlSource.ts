// The `html` package (Python 3 dialect): CPython 3.11's Lib/html/__init__.py (escape,
// unescape) and the tables of Lib/html/entities.py, as library modules written in
// ePython (PSF licence, as CPython's). unescape is CPython's: numeric references with
// HTML5's replacements, the longest-prefix rule for names without a semicolon.
//
// Partial table: `html.entities` has HTML 4.01's 252 names (name2codepoint,
// codepoint2name, entitydefs as CPython's) and an `html5` built from them (with and
// without the semicolon as HTML5 has them, plus `&apos;`), not HTML5's 2231 names: a
// reference to one of the others (`&NotEqualTilde;`) is left as written. The table is
// made when the program imports html.entities, or when unescape first meets a name.

export const HTML_SOURCE = `# html: library module of ePython-TS (see src/vm/modules/htmlSource.ts)
import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")  # Must be done first!
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\\'', "&#x27;")
    return s


# Numeric references the HTML5 standard maps to other characters.
_invalid_charrefs = {
    0x00: '\\ufffd', 0x0d: '\\r', 0x80: '\\u20ac', 0x81: '\\x81', 0x82: '\\u201a', 0x83: '\\u0192',
    0x84: '\\u201e', 0x85: '\\u2026', 0x86: '\\u2020', 0x87: '\\u2021', 0x88: '\\u02c6', 0x89: '\\u2030',
    0x8a: '\\u0160', 0x8b: '\\u2039', 0x8c: '\\u0152', 0x8d: '\\x8d', 0x8e: '\\u017d', 0x8f: '\\x8f',
    0x90: '\\x90', 0x91: '\\u2018', 0x92: '\\u2019', 0x93: '\\u201c', 0x94: '\\u201d', 0x95: '\\u2022',
    0x96: '\\u2013', 0x97: '\\u2014', 0x98: '\\u02dc', 0x99: '\\u2122', 0x9a: '\\u0161', 0x9b: '\\u203a',
    0x9c: '\\u0153', 0x9d: '\\x9d', 0x9e: '\\u017e', 0x9f: '\\u0178',
}


def _invalid_codepoint(num):
    # CPython's _invalid_codepoints: controls, noncharacters, and the last two code
    # points of every plane.
    return (0x1 <= num <= 0x8 or num == 0xb or 0xe <= num <= 0x1f or 0x7f <= num <= 0x9f
            or 0xfdd0 <= num <= 0xfdef or (num & 0xfffe) == 0xfffe)


_html5 = None


def _replace_charref(s):
    global _html5
    s = s.group(1)
    if s[0] == '#':
        # numeric charref
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\\uFFFD'
        if _invalid_codepoint(num):
            return ''
        return chr(num)
    # named charref: the table is made the first time one is met
    if _html5 is None:
        from html.entities import html5 as _table
        _html5 = _table
    if s in _html5:
        return _html5[s]
    # find the longest matching name (as defined by the standard)
    for x in range(len(s)-1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\\t\\n\\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
`;

export const HTML_ENTITIES_SOURCE = `# html.entities: library module of ePython-TS (see src/vm/modules/htmlSource.ts)

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

# HTML 4.01's 252 entities (CPython's name2codepoint), as name=hex code point.
_TABLE = (
    'quot=22 amp=26 lt=3c gt=3e nbsp=a0 iexcl=a1 cent=a2 pound=a3 curren=a4 yen=a5 brvbar=a6 sect=a7 '
    'uml=a8 copy=a9 ordf=aa laquo=ab not=ac shy=ad reg=ae macr=af deg=b0 plusmn=b1 sup2=b2 sup3=b3 '
    'acute=b4 micro=b5 para=b6 middot=b7 cedil=b8 sup1=b9 ordm=ba raquo=bb frac14=bc frac12=bd frac34=be '
    'iquest=bf Agrave=c0 Aacute=c1 Acirc=c2 Atilde=c3 Auml=c4 Aring=c5 AElig=c6 Ccedil=c7 Egrave=c8 '
    'Eacute=c9 Ecirc=ca Euml=cb Igrave=cc Iacute=cd Icirc=ce Iuml=cf ETH=d0 Ntilde=d1 Ograve=d2 Oacute=d3 '
    'Ocirc=d4 Otilde=d5 Ouml=d6 times=d7 Oslash=d8 Ugrave=d9 Uacute=da Ucirc=db Uuml=dc Yacute=dd '
    'THORN=de szlig=df agrave=e0 aacute=e1 acirc=e2 atilde=e3 auml=e4 aring=e5 aelig=e6 ccedil=e7 '
    'egrave=e8 eacute=e9 ecirc=ea euml=eb igrave=ec iacute=ed icirc=ee iuml=ef eth=f0 ntilde=f1 ograve=f2 '
    'oacute=f3 ocirc=f4 otilde=f5 ouml=f6 divide=f7 oslash=f8 ugrave=f9 uacute=fa ucirc=fb uuml=fc '
    'yacute=fd thorn=fe yuml=ff OElig=152 oelig=153 Scaron=160 scaron=161 Yuml=178 fnof=192 circ=2c6 '
    'tilde=2dc Alpha=391 Beta=392 Gamma=393 Delta=394 Epsilon=395 Zeta=396 Eta=397 Theta=398 Iota=399 '
    'Kappa=39a Lambda=39b Mu=39c Nu=39d Xi=39e Omicron=39f Pi=3a0 Rho=3a1 Sigma=3a3 Tau=3a4 Upsilon=3a5 '
    'Phi=3a6 Chi=3a7 Psi=3a8 Omega=3a9 alpha=3b1 beta=3b2 gamma=3b3 delta=3b4 epsilon=3b5 zeta=3b6 '
    'eta=3b7 theta=3b8 iota=3b9 kappa=3ba lambda=3bb mu=3bc nu=3bd xi=3be omicron=3bf pi=3c0 rho=3c1 '
    'sigmaf=3c2 sigma=3c3 tau=3c4 upsilon=3c5 phi=3c6 chi=3c7 psi=3c8 omega=3c9 thetasym=3d1 upsih=3d2 '
    'piv=3d6 ensp=2002 emsp=2003 thinsp=2009 zwnj=200c zwj=200d lrm=200e rlm=200f ndash=2013 mdash=2014 '
    'lsquo=2018 rsquo=2019 sbquo=201a ldquo=201c rdquo=201d bdquo=201e dagger=2020 Dagger=2021 bull=2022 '
    'hellip=2026 permil=2030 prime=2032 Prime=2033 lsaquo=2039 rsaquo=203a oline=203e frasl=2044 '
    'euro=20ac image=2111 weierp=2118 real=211c trade=2122 alefsym=2135 larr=2190 uarr=2191 rarr=2192 '
    'darr=2193 harr=2194 crarr=21b5 lArr=21d0 uArr=21d1 rArr=21d2 dArr=21d3 hArr=21d4 forall=2200 '
    'part=2202 exist=2203 empty=2205 nabla=2207 isin=2208 notin=2209 ni=220b prod=220f sum=2211 '
    'minus=2212 lowast=2217 radic=221a prop=221d infin=221e ang=2220 and=2227 or=2228 cap=2229 cup=222a '
    'int=222b there4=2234 sim=223c cong=2245 asymp=2248 ne=2260 equiv=2261 le=2264 ge=2265 sub=2282 '
    'sup=2283 nsub=2284 sube=2286 supe=2287 oplus=2295 otimes=2297 perp=22a5 sdot=22c5 lceil=2308 '
    'rceil=2309 lfloor=230a rfloor=230b lang=2329 rang=232a loz=25ca spades=2660 clubs=2663 hearts=2665 '
    'diams=2666 '
)

name2codepoint = {}
codepoint2name = {}
entitydefs = {}
# HTML5's names for these characters: with the semicolon, and without it for the
# legacy ones (Latin-1 and the upper-case aliases), as CPython's html5 has them. The
# rest of HTML5's 2231 names are not here.
html5 = {'apos;': "'"}
for _item in _TABLE.split():
    _name, _cp = _item.split('=')
    _cp = int(_cp, 16)
    name2codepoint[_name] = _cp
    codepoint2name[_cp] = _name
    entitydefs[_name] = chr(_cp)
    html5[_name + ';'] = chr(_cp)
    if _cp <= 0xff:
        html5[_name] = chr(_cp)
for _name in ('AMP', 'COPY', 'GT', 'LT', 'QUOT', 'REG'):
    html5[_name] = html5[_name + ';'] = html5[_name.lower()]
# HTML5 maps these two to the mathematical angle brackets.
html5['lang;'] = '\\u27e8'
html5['rang;'] = '\\u27e9'
del _item, _name, _cp
`;
