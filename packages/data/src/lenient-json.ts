// JSON as Python writes it: `json.dump` emits NaN, Infinity and -Infinity, which strict parsers
// reject (one Natural-Instructions task has `"URL": [NaN]`). Outside strings they become null.

/** JSON.parse that reads Python's NaN / Infinity / -Infinity as null. Throws SyntaxError otherwise. */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    if (!text.includes('NaN') && !text.includes('Infinity')) throw err
    return JSON.parse(replaceNonFinite(text))
  }
}

function replaceNonFinite(text: string): string {
  let out = ''
  let from = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // skip the escaped character
      else if (c === 0x22) inString = false
      continue
    }
    if (c === 0x22) {
      inString = true
      continue
    }
    for (const word of ['NaN', 'Infinity', '-Infinity']) {
      if (text.startsWith(word, i)) {
        out += text.slice(from, i) + 'null'
        i += word.length - 1
        from = i + 1
        break
      }
    }
  }
  return out + text.slice(from)
}
