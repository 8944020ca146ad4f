import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/protobufjs/src/util/aspromise.js
var require_aspromise = __commonJS({
  "node_modules/protobufjs/src/util/aspromise.js"(exports, module) {
    "use strict";
    module.exports = asPromise;
    function asPromise(fn, ctx) {
      var params = new Array(arguments.length - 1), offset = 0, index = 2, pending = true;
      while (index < arguments.length)
        params[offset++] = arguments[index++];
      return new Promise(function executor(resolve2, reject) {
        params[offset] = function callback(err) {
          if (pending) {
            pending = false;
            if (err)
              reject(err);
            else {
              var params2 = new Array(arguments.length - 1), offset2 = 0;
              while (offset2 < params2.length)
                params2[offset2++] = arguments[offset2];
              resolve2.apply(null, params2);
            }
          }
        };
        try {
          fn.apply(ctx || null, params);
        } catch (err) {
          if (pending) {
            pending = false;
            reject(err);
          }
        }
      });
    }
  }
});

// node_modules/protobufjs/src/util/base64.js
var require_base64 = __commonJS({
  "node_modules/protobufjs/src/util/base64.js"(exports) {
    "use strict";
    var base64 = exports;
    base64.length = function length(string) {
      var p = string.length;
      if (!p)
        return 0;
      while (p > 0 && string.charAt(p - 1) === "=")
        --p;
      return Math.floor(p * 3 / 4);
    };
    var b64 = new Array(64);
    var s64 = new Array(123);
    for (i = 0; i < 64; )
      s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;
    var i;
    s64[45] = 62;
    s64[95] = 63;
    base64.encode = function encode(buffer, start, end) {
      var parts = null, chunk = [];
      var i2 = 0, j = 0, t;
      while (start < end) {
        var b = buffer[start++];
        switch (j) {
          case 0:
            chunk[i2++] = b64[b >> 2];
            t = (b & 3) << 4;
            j = 1;
            break;
          case 1:
            chunk[i2++] = b64[t | b >> 4];
            t = (b & 15) << 2;
            j = 2;
            break;
          case 2:
            chunk[i2++] = b64[t | b >> 6];
            chunk[i2++] = b64[b & 63];
            j = 0;
            break;
        }
        if (i2 > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
          i2 = 0;
        }
      }
      if (j) {
        chunk[i2++] = b64[t];
        chunk[i2++] = 61;
        if (j === 1)
          chunk[i2++] = 61;
      }
      if (parts) {
        if (i2)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i2)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i2));
    };
    var invalidEncoding = "invalid encoding";
    base64.decode = function decode(string, buffer, offset) {
      var start = offset;
      var j = 0, t;
      for (var i2 = 0; i2 < string.length; ) {
        var c = string.charCodeAt(i2++);
        if (c === 61 && j > 1)
          break;
        if ((c = s64[c]) === void 0)
          throw Error(invalidEncoding);
        switch (j) {
          case 0:
            t = c;
            j = 1;
            break;
          case 1:
            buffer[offset++] = t << 2 | (c & 48) >> 4;
            t = c;
            j = 2;
            break;
          case 2:
            buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
            t = c;
            j = 3;
            break;
          case 3:
            buffer[offset++] = (t & 3) << 6 | c;
            j = 0;
            break;
        }
      }
      if (j === 1)
        throw Error(invalidEncoding);
      return offset - start;
    };
    var base64Re = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    var base64UrlRe = /[-_]/;
    var base64UrlNoPaddingRe = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;
    base64.test = function test(string) {
      return base64Re.test(string) || base64UrlRe.test(string) && base64UrlNoPaddingRe.test(string);
    };
  }
});

// node_modules/protobufjs/src/util/eventemitter.js
var require_eventemitter = __commonJS({
  "node_modules/protobufjs/src/util/eventemitter.js"(exports, module) {
    "use strict";
    module.exports = EventEmitter;
    function EventEmitter() {
      this._listeners = /* @__PURE__ */ Object.create(null);
    }
    EventEmitter.prototype.on = function on(evt, fn, ctx) {
      (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn,
        ctx: ctx || this
      });
      return this;
    };
    EventEmitter.prototype.off = function off(evt, fn) {
      if (evt === void 0)
        this._listeners = /* @__PURE__ */ Object.create(null);
      else {
        if (fn === void 0)
          this._listeners[evt] = [];
        else {
          var listeners = this._listeners[evt];
          if (!listeners)
            return this;
          for (var i = 0; i < listeners.length; )
            if (listeners[i].fn === fn)
              listeners.splice(i, 1);
            else
              ++i;
        }
      }
      return this;
    };
    EventEmitter.prototype.emit = function emit(evt) {
      var listeners = this._listeners[evt];
      if (listeners) {
        var args = [], i = 1;
        for (; i < arguments.length; )
          args.push(arguments[i++]);
        for (i = 0; i < listeners.length; )
          listeners[i].fn.apply(listeners[i++].ctx, args);
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/util/float.js
var require_float = __commonJS({
  "node_modules/protobufjs/src/util/float.js"(exports, module) {
    "use strict";
    module.exports = factory(factory);
    function factory(exports2) {
      if (typeof Float32Array !== "undefined") (function() {
        var f32 = new Float32Array([-0]), f8b = new Uint8Array(f32.buffer), le = f8b[3] === 128;
        function writeFloat_f32_cpy(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
        }
        function writeFloat_f32_rev(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[3];
          buf[pos + 1] = f8b[2];
          buf[pos + 2] = f8b[1];
          buf[pos + 3] = f8b[0];
        }
        exports2.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        exports2.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;
        function readFloat_f32_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          return f32[0];
        }
        function readFloat_f32_rev(buf, pos) {
          f8b[3] = buf[pos];
          f8b[2] = buf[pos + 1];
          f8b[1] = buf[pos + 2];
          f8b[0] = buf[pos + 3];
          return f32[0];
        }
        exports2.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        exports2.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;
      })();
      else (function() {
        function writeFloat_ieee754(writeUint, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0)
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos);
          else if (isNaN(val))
            writeUint(2143289344, buf, pos);
          else if (val > 34028234663852886e22)
            writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
          else if (val < 11754943508222875e-54)
            writeUint((sign << 31 | Math.round(val / 1401298464324817e-60)) >>> 0, buf, pos);
          else {
            var exponent = Math.floor(Math.log(val) / Math.LN2), mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
            writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
          }
        }
        exports2.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports2.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);
        function readFloat_ieee754(readUint, buf, pos) {
          var uint = readUint(buf, pos), sign = (uint >> 31) * 2 + 1, exponent = uint >>> 23 & 255, mantissa = uint & 8388607;
          return exponent === 255 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 1401298464324817e-60 * mantissa : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }
        exports2.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports2.readFloatBE = readFloat_ieee754.bind(null, readUintBE);
      })();
      if (typeof Float64Array !== "undefined") (function() {
        var f64 = new Float64Array([-0]), f8b = new Uint8Array(f64.buffer), le = f8b[7] === 128;
        function writeDouble_f64_cpy(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
          buf[pos + 4] = f8b[4];
          buf[pos + 5] = f8b[5];
          buf[pos + 6] = f8b[6];
          buf[pos + 7] = f8b[7];
        }
        function writeDouble_f64_rev(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[7];
          buf[pos + 1] = f8b[6];
          buf[pos + 2] = f8b[5];
          buf[pos + 3] = f8b[4];
          buf[pos + 4] = f8b[3];
          buf[pos + 5] = f8b[2];
          buf[pos + 6] = f8b[1];
          buf[pos + 7] = f8b[0];
        }
        exports2.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        exports2.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;
        function readDouble_f64_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          f8b[4] = buf[pos + 4];
          f8b[5] = buf[pos + 5];
          f8b[6] = buf[pos + 6];
          f8b[7] = buf[pos + 7];
          return f64[0];
        }
        function readDouble_f64_rev(buf, pos) {
          f8b[7] = buf[pos];
          f8b[6] = buf[pos + 1];
          f8b[5] = buf[pos + 2];
          f8b[4] = buf[pos + 3];
          f8b[3] = buf[pos + 4];
          f8b[2] = buf[pos + 5];
          f8b[1] = buf[pos + 6];
          f8b[0] = buf[pos + 7];
          return f64[0];
        }
        exports2.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        exports2.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;
      })();
      else (function() {
        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0) {
            writeUint(0, buf, pos + off0);
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos + off1);
          } else if (isNaN(val)) {
            writeUint(0, buf, pos + off0);
            writeUint(2146959360, buf, pos + off1);
          } else if (val > 17976931348623157e292) {
            writeUint(0, buf, pos + off0);
            writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
          } else {
            var mantissa;
            if (val < 22250738585072014e-324) {
              mantissa = val / 5e-324;
              writeUint(mantissa >>> 0, buf, pos + off0);
              writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
            } else {
              var exponent = Math.floor(Math.log(val) / Math.LN2);
              if (exponent === 1024)
                exponent = 1023;
              mantissa = val * Math.pow(2, -exponent);
              writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
              writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
            }
          }
        }
        exports2.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports2.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);
        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
          var lo = readUint(buf, pos + off0), hi = readUint(buf, pos + off1);
          var sign = (hi >> 31) * 2 + 1, exponent = hi >>> 20 & 2047, mantissa = 4294967296 * (hi & 1048575) + lo;
          return exponent === 2047 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 5e-324 * mantissa : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }
        exports2.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports2.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);
      })();
      return exports2;
    }
    function writeUintLE(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    function writeUintBE(val, buf, pos) {
      buf[pos] = val >>> 24;
      buf[pos + 1] = val >>> 16 & 255;
      buf[pos + 2] = val >>> 8 & 255;
      buf[pos + 3] = val & 255;
    }
    function readUintLE(buf, pos) {
      return (buf[pos] | buf[pos + 1] << 8 | buf[pos + 2] << 16 | buf[pos + 3] << 24) >>> 0;
    }
    function readUintBE(buf, pos) {
      return (buf[pos] << 24 | buf[pos + 1] << 16 | buf[pos + 2] << 8 | buf[pos + 3]) >>> 0;
    }
  }
});

// node_modules/protobufjs/src/util/utf8.js
var require_utf8 = __commonJS({
  "node_modules/protobufjs/src/util/utf8.js"(exports) {
    "use strict";
    var utf82 = exports;
    var looseDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
    var strictDecoder;
    var TEXT_DECODER_MIN_LENGTH = 64;
    try {
      strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    } catch (err) {
      strictDecoder = looseDecoder;
    }
    utf82.length = function utf8_length(string) {
      var len = 0, c = 0;
      for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
          len += 1;
        else if (c < 2048)
          len += 2;
        else if ((c & 64512) === 55296 && (string.charCodeAt(i + 1) & 64512) === 56320) {
          ++i;
          len += 4;
        } else
          len += 3;
      }
      return len;
    };
    function utf8_read_decoder(decoder2, buffer, start, end) {
      var source = start === 0 && end === buffer.length ? buffer : buffer.subarray(start, end);
      return decoder2.decode(source);
    }
    utf82.read = function utf8_read_loose(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(looseDecoder, buffer, start, end);
      var str = "", i = start, c1, c2, c3, c4, c5, c6, c7, c8;
      for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 128)
          return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 128)
          return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
      }
      return str;
    };
    utf82.readStrict = function utf8_read_strict(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(strictDecoder, buffer, start, end);
      var str = "", i = start, c1, c2, c3, c4, c5, c6, c7, c8;
      for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 128)
          return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 128)
          return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
      }
      return str;
    };
    utf82.write = function utf8_write(string, buffer, offset) {
      var start = offset, c1, c2;
      for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
          buffer[offset++] = c1;
        } else if (c1 < 2048) {
          buffer[offset++] = c1 >> 6 | 192;
          buffer[offset++] = c1 & 63 | 128;
        } else if ((c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i + 1)) & 64512) === 56320) {
          c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023);
          ++i;
          buffer[offset++] = c1 >> 18 | 240;
          buffer[offset++] = c1 >> 12 & 63 | 128;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        } else {
          buffer[offset++] = c1 >> 12 | 224;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        }
      }
      return offset - start;
    };
  }
});

// node_modules/protobufjs/src/util/pool.js
var require_pool = __commonJS({
  "node_modules/protobufjs/src/util/pool.js"(exports, module) {
    "use strict";
    module.exports = pool;
    function pool(alloc, slice, size) {
      var SIZE = size || 8192;
      var MAX = SIZE >>> 1;
      var slab = null;
      var offset = SIZE;
      return function pool_alloc(size2) {
        if (size2 < 1 || size2 > MAX)
          return alloc(size2);
        if (offset + size2 > SIZE) {
          slab = alloc(SIZE);
          offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size2);
        if (offset & 7)
          offset = (offset | 7) + 1;
        return buf;
      };
    }
  }
});

// node_modules/protobufjs/src/util/longbits.js
var require_longbits = __commonJS({
  "node_modules/protobufjs/src/util/longbits.js"(exports, module) {
    "use strict";
    module.exports = LongBits;
    var Long;
    function LongBits(lo, hi) {
      this.lo = lo >>> 0;
      this.hi = hi >>> 0;
    }
    var zero = LongBits.zero = new LongBits(0, 0);
    zero.toNumber = function() {
      return 0;
    };
    zero.zzEncode = zero.zzDecode = function() {
      return this;
    };
    zero.length = function() {
      return 1;
    };
    var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";
    LongBits.fromNumber = function fromNumber(value) {
      if (value === 0)
        return zero;
      var sign = value < 0;
      if (sign)
        value = -value;
      var lo = value >>> 0, hi = (value - lo) / 4294967296 >>> 0;
      if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
          lo = 0;
          if (++hi > 4294967295)
            hi = 0;
        }
      }
      return new LongBits(lo, hi);
    };
    LongBits.from = function from(value) {
      if (typeof value === "number")
        return LongBits.fromNumber(value);
      if (typeof value === "string" || value instanceof String) {
        if (Long)
          value = Long.fromString(value);
        else
          return LongBits.fromNumber(parseInt(value, 10));
      }
      return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
    };
    LongBits.prototype.toNumber = function toNumber(unsigned) {
      if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0, hi = ~this.hi >>> 0;
        if (!lo)
          hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
      }
      return this.lo + this.hi * 4294967296;
    };
    LongBits.prototype.toLong = function toLong(unsigned) {
      return Long ? new Long(this.lo | 0, this.hi | 0, Boolean(unsigned)) : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
    };
    var charCodeAt = String.prototype.charCodeAt;
    LongBits.fromHash = function fromHash(hash) {
      if (hash === zeroHash)
        return zero;
      return new LongBits(
        (charCodeAt.call(hash, 0) | charCodeAt.call(hash, 1) << 8 | charCodeAt.call(hash, 2) << 16 | charCodeAt.call(hash, 3) << 24) >>> 0,
        (charCodeAt.call(hash, 4) | charCodeAt.call(hash, 5) << 8 | charCodeAt.call(hash, 6) << 16 | charCodeAt.call(hash, 7) << 24) >>> 0
      );
    };
    LongBits.prototype.toHash = function toHash() {
      return String.fromCharCode(
        this.lo & 255,
        this.lo >>> 8 & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24,
        this.hi & 255,
        this.hi >>> 8 & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
      );
    };
    LongBits.prototype.zzEncode = function zzEncode() {
      var mask = this.hi >> 31;
      this.hi = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
      this.lo = (this.lo << 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.zzDecode = function zzDecode() {
      var mask = -(this.lo & 1);
      this.lo = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
      this.hi = (this.hi >>> 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.length = function length() {
      var part0 = this.lo, part1 = (this.lo >>> 28 | this.hi << 4) >>> 0, part2 = this.hi >>> 24;
      return part2 === 0 ? part1 === 0 ? part0 < 16384 ? part0 < 128 ? 1 : 2 : part0 < 2097152 ? 3 : 4 : part1 < 16384 ? part1 < 128 ? 5 : 6 : part1 < 2097152 ? 7 : 8 : part2 < 128 ? 9 : 10;
    };
    LongBits._configure = function(Long_) {
      Long = Long_;
    };
  }
});

// node_modules/long/umd/index.js
var require_umd = __commonJS({
  "node_modules/long/umd/index.js"(exports, module) {
    (function(global2, factory) {
      function preferDefault(exports2) {
        return exports2.default || exports2;
      }
      if (typeof define === "function" && define.amd) {
        define([], function() {
          var exports2 = {};
          factory(exports2);
          return preferDefault(exports2);
        });
      } else if (typeof exports === "object") {
        factory(exports);
        if (typeof module === "object") module.exports = preferDefault(exports);
      } else {
        (function() {
          var exports2 = {};
          factory(exports2);
          global2.Long = preferDefault(exports2);
        })();
      }
    })(
      typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : exports,
      function(_exports) {
        "use strict";
        Object.defineProperty(_exports, "__esModule", {
          value: true
        });
        _exports.default = void 0;
        var wasm = null;
        try {
          wasm = new WebAssembly.Instance(
            new WebAssembly.Module(
              new Uint8Array([
                // \0asm
                0,
                97,
                115,
                109,
                // version 1
                1,
                0,
                0,
                0,
                // section "type"
                1,
                13,
                2,
                // 0, () => i32
                96,
                0,
                1,
                127,
                // 1, (i32, i32, i32, i32) => i32
                96,
                4,
                127,
                127,
                127,
                127,
                1,
                127,
                // section "function"
                3,
                7,
                6,
                // 0, type 0
                0,
                // 1, type 1
                1,
                // 2, type 1
                1,
                // 3, type 1
                1,
                // 4, type 1
                1,
                // 5, type 1
                1,
                // section "global"
                6,
                6,
                1,
                // 0, "high", mutable i32
                127,
                1,
                65,
                0,
                11,
                // section "export"
                7,
                50,
                6,
                // 0, "mul"
                3,
                109,
                117,
                108,
                0,
                1,
                // 1, "div_s"
                5,
                100,
                105,
                118,
                95,
                115,
                0,
                2,
                // 2, "div_u"
                5,
                100,
                105,
                118,
                95,
                117,
                0,
                3,
                // 3, "rem_s"
                5,
                114,
                101,
                109,
                95,
                115,
                0,
                4,
                // 4, "rem_u"
                5,
                114,
                101,
                109,
                95,
                117,
                0,
                5,
                // 5, "get_high"
                8,
                103,
                101,
                116,
                95,
                104,
                105,
                103,
                104,
                0,
                0,
                // section "code"
                10,
                191,
                1,
                6,
                // 0, "get_high"
                4,
                0,
                35,
                0,
                11,
                // 1, "mul"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                126,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 2, "div_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                127,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 3, "div_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                128,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 4, "rem_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                129,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 5, "rem_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                130,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11
              ])
            ),
            {}
          ).exports;
        } catch {
        }
        function Long(low, high, unsigned) {
          this.low = low | 0;
          this.high = high | 0;
          this.unsigned = !!unsigned;
        }
        Long.prototype.__isLong__;
        Object.defineProperty(Long.prototype, "__isLong__", {
          value: true
        });
        function isLong(obj) {
          return (obj && obj["__isLong__"]) === true;
        }
        function ctz32(value) {
          var c = Math.clz32(value & -value);
          return value ? 31 - c : c;
        }
        Long.isLong = isLong;
        var INT_CACHE = {};
        var UINT_CACHE = {};
        function fromInt(value, unsigned) {
          var obj, cachedObj, cache;
          if (unsigned) {
            value >>>= 0;
            if (cache = 0 <= value && value < 256) {
              cachedObj = UINT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, 0, true);
            if (cache) UINT_CACHE[value] = obj;
            return obj;
          } else {
            value |= 0;
            if (cache = -128 <= value && value < 128) {
              cachedObj = INT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, value < 0 ? -1 : 0, false);
            if (cache) INT_CACHE[value] = obj;
            return obj;
          }
        }
        Long.fromInt = fromInt;
        function fromNumber(value, unsigned) {
          if (isNaN(value)) return unsigned ? UZERO : ZERO;
          if (unsigned) {
            if (value < 0) return UZERO;
            if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
          } else {
            if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
            if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
          }
          if (value < 0) return fromNumber(-value, unsigned).neg();
          return fromBits(
            value % TWO_PWR_32_DBL | 0,
            value / TWO_PWR_32_DBL | 0,
            unsigned
          );
        }
        Long.fromNumber = fromNumber;
        function fromBits(lowBits, highBits, unsigned) {
          return new Long(lowBits, highBits, unsigned);
        }
        Long.fromBits = fromBits;
        var pow_dbl = Math.pow;
        function fromString(str, unsigned, radix) {
          if (str.length === 0) throw Error("empty string");
          if (typeof unsigned === "number") {
            radix = unsigned;
            unsigned = false;
          } else {
            unsigned = !!unsigned;
          }
          if (str === "NaN" || str === "Infinity" || str === "+Infinity" || str === "-Infinity")
            return unsigned ? UZERO : ZERO;
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          var p;
          if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
          else if (p === 0) {
            return fromString(str.substring(1), unsigned, radix).neg();
          }
          var radixToPower = fromNumber(pow_dbl(radix, 8));
          var result = ZERO;
          for (var i = 0; i < str.length; i += 8) {
            var size = Math.min(8, str.length - i), value = parseInt(str.substring(i, i + size), radix);
            if (size < 8) {
              var power = fromNumber(pow_dbl(radix, size));
              result = result.mul(power).add(fromNumber(value));
            } else {
              result = result.mul(radixToPower);
              result = result.add(fromNumber(value));
            }
          }
          result.unsigned = unsigned;
          return result;
        }
        Long.fromString = fromString;
        function fromValue(val, unsigned) {
          if (typeof val === "number") return fromNumber(val, unsigned);
          if (typeof val === "string") return fromString(val, unsigned);
          return fromBits(
            val.low,
            val.high,
            typeof unsigned === "boolean" ? unsigned : val.unsigned
          );
        }
        Long.fromValue = fromValue;
        var TWO_PWR_16_DBL = 1 << 16;
        var TWO_PWR_24_DBL = 1 << 24;
        var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;
        var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;
        var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;
        var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);
        var ZERO = fromInt(0);
        Long.ZERO = ZERO;
        var UZERO = fromInt(0, true);
        Long.UZERO = UZERO;
        var ONE = fromInt(1);
        Long.ONE = ONE;
        var UONE = fromInt(1, true);
        Long.UONE = UONE;
        var NEG_ONE = fromInt(-1);
        Long.NEG_ONE = NEG_ONE;
        var MAX_VALUE = fromBits(4294967295 | 0, 2147483647 | 0, false);
        Long.MAX_VALUE = MAX_VALUE;
        var MAX_UNSIGNED_VALUE = fromBits(4294967295 | 0, 4294967295 | 0, true);
        Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;
        var MIN_VALUE = fromBits(0, 2147483648 | 0, false);
        Long.MIN_VALUE = MIN_VALUE;
        var LongPrototype = Long.prototype;
        LongPrototype.toInt = function toInt() {
          return this.unsigned ? this.low >>> 0 : this.low;
        };
        LongPrototype.toNumber = function toNumber() {
          if (this.unsigned)
            return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
          return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
        };
        LongPrototype.toString = function toString2(radix) {
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          if (this.isZero()) return "0";
          if (this.isNegative()) {
            if (this.eq(MIN_VALUE)) {
              var radixLong = fromNumber(radix), div = this.div(radixLong), rem1 = div.mul(radixLong).sub(this);
              return div.toString(radix) + rem1.toInt().toString(radix);
            } else return "-" + this.neg().toString(radix);
          }
          var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned), rem = this;
          var result = "";
          while (true) {
            var remDiv = rem.div(radixToPower), intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0, digits = intval.toString(radix);
            rem = remDiv;
            if (rem.isZero()) return digits + result;
            else {
              while (digits.length < 6) digits = "0" + digits;
              result = "" + digits + result;
            }
          }
        };
        LongPrototype.getHighBits = function getHighBits() {
          return this.high;
        };
        LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
          return this.high >>> 0;
        };
        LongPrototype.getLowBits = function getLowBits() {
          return this.low;
        };
        LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
          return this.low >>> 0;
        };
        LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
          if (this.isNegative())
            return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
          var val = this.high != 0 ? this.high : this.low;
          for (var bit = 31; bit > 0; bit--) if ((val & 1 << bit) != 0) break;
          return this.high != 0 ? bit + 33 : bit + 1;
        };
        LongPrototype.isSafeInteger = function isSafeInteger() {
          var top11Bits = this.high >> 21;
          if (!top11Bits) return true;
          if (this.unsigned) return false;
          return top11Bits === -1 && !(this.low === 0 && this.high === -2097152);
        };
        LongPrototype.isZero = function isZero() {
          return this.high === 0 && this.low === 0;
        };
        LongPrototype.eqz = LongPrototype.isZero;
        LongPrototype.isNegative = function isNegative() {
          return !this.unsigned && this.high < 0;
        };
        LongPrototype.isPositive = function isPositive() {
          return this.unsigned || this.high >= 0;
        };
        LongPrototype.isOdd = function isOdd() {
          return (this.low & 1) === 1;
        };
        LongPrototype.isEven = function isEven() {
          return (this.low & 1) === 0;
        };
        LongPrototype.equals = function equals(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.unsigned !== other.unsigned && this.high >>> 31 === 1 && other.high >>> 31 === 1)
            return false;
          return this.high === other.high && this.low === other.low;
        };
        LongPrototype.eq = LongPrototype.equals;
        LongPrototype.notEquals = function notEquals(other) {
          return !this.eq(
            /* validates */
            other
          );
        };
        LongPrototype.neq = LongPrototype.notEquals;
        LongPrototype.ne = LongPrototype.notEquals;
        LongPrototype.lessThan = function lessThan(other) {
          return this.comp(
            /* validates */
            other
          ) < 0;
        };
        LongPrototype.lt = LongPrototype.lessThan;
        LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) <= 0;
        };
        LongPrototype.lte = LongPrototype.lessThanOrEqual;
        LongPrototype.le = LongPrototype.lessThanOrEqual;
        LongPrototype.greaterThan = function greaterThan(other) {
          return this.comp(
            /* validates */
            other
          ) > 0;
        };
        LongPrototype.gt = LongPrototype.greaterThan;
        LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) >= 0;
        };
        LongPrototype.gte = LongPrototype.greaterThanOrEqual;
        LongPrototype.ge = LongPrototype.greaterThanOrEqual;
        LongPrototype.compare = function compare(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.eq(other)) return 0;
          var thisNeg = this.isNegative(), otherNeg = other.isNegative();
          if (thisNeg && !otherNeg) return -1;
          if (!thisNeg && otherNeg) return 1;
          if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
          return other.high >>> 0 > this.high >>> 0 || other.high === this.high && other.low >>> 0 > this.low >>> 0 ? -1 : 1;
        };
        LongPrototype.comp = LongPrototype.compare;
        LongPrototype.negate = function negate() {
          if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
          return this.not().add(ONE);
        };
        LongPrototype.neg = LongPrototype.negate;
        LongPrototype.add = function add(addend) {
          if (!isLong(addend)) addend = fromValue(addend);
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = addend.high >>> 16;
          var b32 = addend.high & 65535;
          var b16 = addend.low >>> 16;
          var b00 = addend.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 + b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 + b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 + b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 + b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.subtract = function subtract(subtrahend) {
          if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
          return this.add(subtrahend.neg());
        };
        LongPrototype.sub = LongPrototype.subtract;
        LongPrototype.multiply = function multiply(multiplier) {
          if (this.isZero()) return this;
          if (!isLong(multiplier)) multiplier = fromValue(multiplier);
          if (wasm) {
            var low = wasm["mul"](
              this.low,
              this.high,
              multiplier.low,
              multiplier.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
          if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
          if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
          if (this.isNegative()) {
            if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
            else return this.neg().mul(multiplier).neg();
          } else if (multiplier.isNegative())
            return this.mul(multiplier.neg()).neg();
          if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
            return fromNumber(
              this.toNumber() * multiplier.toNumber(),
              this.unsigned
            );
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = multiplier.high >>> 16;
          var b32 = multiplier.high & 65535;
          var b16 = multiplier.low >>> 16;
          var b00 = multiplier.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 * b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 * b00;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c16 += a00 * b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 * b00;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a16 * b16;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a00 * b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.mul = LongPrototype.multiply;
        LongPrototype.divide = function divide(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (divisor.isZero()) throw Error("division by zero");
          if (wasm) {
            if (!this.unsigned && this.high === -2147483648 && divisor.low === -1 && divisor.high === -1) {
              return this;
            }
            var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (this.isZero()) return this.unsigned ? UZERO : ZERO;
          var approx, rem, res;
          if (!this.unsigned) {
            if (this.eq(MIN_VALUE)) {
              if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
                return MIN_VALUE;
              else if (divisor.eq(MIN_VALUE)) return ONE;
              else {
                var halfThis = this.shr(1);
                approx = halfThis.div(divisor).shl(1);
                if (approx.eq(ZERO)) {
                  return divisor.isNegative() ? ONE : NEG_ONE;
                } else {
                  rem = this.sub(divisor.mul(approx));
                  res = approx.add(rem.div(divisor));
                  return res;
                }
              }
            } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
            if (this.isNegative()) {
              if (divisor.isNegative()) return this.neg().div(divisor.neg());
              return this.neg().div(divisor).neg();
            } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
            res = ZERO;
          } else {
            if (!divisor.unsigned) divisor = divisor.toUnsigned();
            if (divisor.gt(this)) return UZERO;
            if (divisor.gt(this.shru(1)))
              return UONE;
            res = UZERO;
          }
          rem = this;
          while (rem.gte(divisor)) {
            approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));
            var log2 = Math.ceil(Math.log(approx) / Math.LN2), delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48), approxRes = fromNumber(approx), approxRem = approxRes.mul(divisor);
            while (approxRem.isNegative() || approxRem.gt(rem)) {
              approx -= delta;
              approxRes = fromNumber(approx, this.unsigned);
              approxRem = approxRes.mul(divisor);
            }
            if (approxRes.isZero()) approxRes = ONE;
            res = res.add(approxRes);
            rem = rem.sub(approxRem);
          }
          return res;
        };
        LongPrototype.div = LongPrototype.divide;
        LongPrototype.modulo = function modulo(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (wasm) {
            var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          return this.sub(this.div(divisor).mul(divisor));
        };
        LongPrototype.mod = LongPrototype.modulo;
        LongPrototype.rem = LongPrototype.modulo;
        LongPrototype.not = function not() {
          return fromBits(~this.low, ~this.high, this.unsigned);
        };
        LongPrototype.countLeadingZeros = function countLeadingZeros() {
          return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
        };
        LongPrototype.clz = LongPrototype.countLeadingZeros;
        LongPrototype.countTrailingZeros = function countTrailingZeros() {
          return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
        };
        LongPrototype.ctz = LongPrototype.countTrailingZeros;
        LongPrototype.and = function and(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low & other.low,
            this.high & other.high,
            this.unsigned
          );
        };
        LongPrototype.or = function or(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low | other.low,
            this.high | other.high,
            this.unsigned
          );
        };
        LongPrototype.xor = function xor(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low ^ other.low,
            this.high ^ other.high,
            this.unsigned
          );
        };
        LongPrototype.shiftLeft = function shiftLeft(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low << numBits,
              this.high << numBits | this.low >>> 32 - numBits,
              this.unsigned
            );
          else return fromBits(0, this.low << numBits - 32, this.unsigned);
        };
        LongPrototype.shl = LongPrototype.shiftLeft;
        LongPrototype.shiftRight = function shiftRight(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >> numBits,
              this.unsigned
            );
          else
            return fromBits(
              this.high >> numBits - 32,
              this.high >= 0 ? 0 : -1,
              this.unsigned
            );
        };
        LongPrototype.shr = LongPrototype.shiftRight;
        LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >>> numBits,
              this.unsigned
            );
          if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
          return fromBits(this.high >>> numBits - 32, 0, this.unsigned);
        };
        LongPrototype.shru = LongPrototype.shiftRightUnsigned;
        LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;
        LongPrototype.rotateLeft = function rotateLeft(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.low << numBits | this.high >>> b,
              this.high << numBits | this.low >>> b,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.high << numBits | this.low >>> b,
            this.low << numBits | this.high >>> b,
            this.unsigned
          );
        };
        LongPrototype.rotl = LongPrototype.rotateLeft;
        LongPrototype.rotateRight = function rotateRight(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.high << b | this.low >>> numBits,
              this.low << b | this.high >>> numBits,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.low << b | this.high >>> numBits,
            this.high << b | this.low >>> numBits,
            this.unsigned
          );
        };
        LongPrototype.rotr = LongPrototype.rotateRight;
        LongPrototype.toSigned = function toSigned() {
          if (!this.unsigned) return this;
          return fromBits(this.low, this.high, false);
        };
        LongPrototype.toUnsigned = function toUnsigned() {
          if (this.unsigned) return this;
          return fromBits(this.low, this.high, true);
        };
        LongPrototype.toBytes = function toBytes(le) {
          return le ? this.toBytesLE() : this.toBytesBE();
        };
        LongPrototype.toBytesLE = function toBytesLE() {
          var hi = this.high, lo = this.low;
          return [
            lo & 255,
            lo >>> 8 & 255,
            lo >>> 16 & 255,
            lo >>> 24,
            hi & 255,
            hi >>> 8 & 255,
            hi >>> 16 & 255,
            hi >>> 24
          ];
        };
        LongPrototype.toBytesBE = function toBytesBE() {
          var hi = this.high, lo = this.low;
          return [
            hi >>> 24,
            hi >>> 16 & 255,
            hi >>> 8 & 255,
            hi & 255,
            lo >>> 24,
            lo >>> 16 & 255,
            lo >>> 8 & 255,
            lo & 255
          ];
        };
        Long.fromBytes = function fromBytes(bytes, unsigned, le) {
          return le ? Long.fromBytesLE(bytes, unsigned) : Long.fromBytesBE(bytes, unsigned);
        };
        Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
          return new Long(
            bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24,
            bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24,
            unsigned
          );
        };
        Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
          return new Long(
            bytes[4] << 24 | bytes[5] << 16 | bytes[6] << 8 | bytes[7],
            bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3],
            unsigned
          );
        };
        if (typeof BigInt === "function") {
          Long.fromBigInt = function fromBigInt(value, unsigned) {
            var lowBits = Number(BigInt.asIntN(32, value));
            var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
            return fromBits(lowBits, highBits, unsigned);
          };
          Long.fromValue = function fromValueWithBigInt(value, unsigned) {
            if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
            return fromValue(value, unsigned);
          };
          LongPrototype.toBigInt = function toBigInt() {
            var lowBigInt = BigInt(this.low >>> 0);
            var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
            return highBigInt << BigInt(32) | lowBigInt;
          };
        }
        var _default = _exports.default = Long;
      }
    );
  }
});

// node_modules/protobufjs/src/util/minimal.js
var require_minimal = __commonJS({
  "node_modules/protobufjs/src/util/minimal.js"(exports) {
    "use strict";
    var util = exports;
    util.asPromise = require_aspromise();
    util.base64 = require_base64();
    util.EventEmitter = require_eventemitter();
    util.float = require_float();
    util.utf8 = require_utf8();
    util.pool = require_pool();
    util.LongBits = require_longbits();
    function isUnsafeProperty(key) {
      return key === "__proto__" || key === "prototype" || key === "constructor";
    }
    util.isUnsafeProperty = isUnsafeProperty;
    util.isNode = Boolean(typeof global !== "undefined" && global && global.process && global.process.versions && global.process.versions.node);
    util.global = util.isNode && global || typeof window !== "undefined" && window || typeof self !== "undefined" && self || typeof globalThis !== "undefined" && globalThis || exports;
    util.emptyArray = Object.freeze ? Object.freeze([]) : (
      /* istanbul ignore next */
      []
    );
    util.emptyObject = Object.freeze ? Object.freeze({}) : (
      /* istanbul ignore next */
      {}
    );
    util.isInteger = Number.isInteger || /* istanbul ignore next */
    function isInteger(value) {
      return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
    };
    util.isString = function isString(value) {
      return typeof value === "string" || value instanceof String;
    };
    util.isObject = function isObject(value) {
      return value && typeof value === "object";
    };
    util.isset = /**
     * Checks if a property on a message is considered to be present.
     * @param {Object} obj Plain object or message instance
     * @param {string} prop Property name
     * @returns {boolean} `true` if considered to be present, otherwise `false`
     */
    util.isSet = function isSet(obj, prop) {
      var value = obj[prop];
      if (value != null && Object.hasOwnProperty.call(obj, prop))
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
      return false;
    };
    util.Buffer = (function() {
      try {
        var Buffer2 = util.global.Buffer;
        return Buffer2.prototype.utf8Write || util.isNode ? Buffer2 : (
          /* istanbul ignore next */
          null
        );
      } catch (e) {
        return null;
      }
    })();
    util.newBuffer = function newBuffer(sizeOrArray) {
      var Buffer2 = util.Buffer;
      return typeof sizeOrArray === "number" ? Buffer2 ? Buffer2.allocUnsafe(sizeOrArray) : new Uint8Array(sizeOrArray) : Buffer2 ? Buffer2.from(sizeOrArray) : new Uint8Array(sizeOrArray);
    };
    util.rawField = function rawField(id, wireType, data) {
      var out = [], tag = id << 3 | wireType;
      tag >>>= 0;
      while (tag > 127) {
        out.push(tag & 127 | 128);
        tag >>>= 7;
      }
      out.push(tag);
      for (var i = 0; i < data.length; ++i)
        out.push(data[i]);
      return util.newBuffer(out);
    };
    util.Array = Uint8Array;
    util.Long = /* istanbul ignore next */
    util.global.dcodeIO && /* istanbul ignore next */
    util.global.dcodeIO.Long || /* istanbul ignore next */
    util.global.Long || (function() {
      try {
        var Long = require_umd();
        return Long && Long.isLong ? Long : null;
      } catch (e) {
        return null;
      }
    })();
    util.key2Re = /^(?:true|false|0|1)$/;
    util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;
    util.key64Re = /^(?:[\x00-\xff]{8}|-?(?:0|[1-9][0-9]*))$/;
    util.longToHash = function longToHash(value) {
      return value ? util.LongBits.from(value).toHash() : util.LongBits.zeroHash;
    };
    util.longFromHash = function longFromHash(hash, unsigned) {
      var bits = util.LongBits.fromHash(hash);
      if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
      return bits.toNumber(Boolean(unsigned));
    };
    util.longFromKey = function longFromKey(key, unsigned) {
      return util.key64Re.test(key) && !util.key32Re.test(key) ? util.longFromHash(key, unsigned) : key;
    };
    util.boolFromKey = function boolFromKey(key) {
      return key === "true" || key === "1";
    };
    function merge(dst) {
      var ifNotSet = typeof arguments[arguments.length - 1] === "boolean", limit = ifNotSet ? arguments.length - 1 : arguments.length;
      ifNotSet = ifNotSet && arguments[arguments.length - 1];
      for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
          continue;
        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
          if (!isUnsafeProperty(keys[i]) && (!ifNotSet || !Object.prototype.hasOwnProperty.call(dst, keys[i]) || dst[keys[i]] === void 0))
            dst[keys[i]] = src[keys[i]];
      }
      return dst;
    }
    util.merge = merge;
    util.nestingLimit = 32;
    util.recursionLimit = 100;
    util.makeProp = function makeProp(obj, key, enumerable) {
      if (Object.prototype.hasOwnProperty.call(obj, key))
        return;
      Object.defineProperty(obj, key, {
        enumerable: enumerable === void 0 ? true : enumerable,
        configurable: true,
        writable: true
      });
    };
    util.lcFirst = function lcFirst(str) {
      return str.charAt(0).toLowerCase() + str.substring(1);
    };
    function newError(name) {
      function CustomError(message, properties) {
        if (!(this instanceof CustomError))
          return new CustomError(message, properties);
        Object.defineProperty(this, "message", { get: function() {
          return message;
        } });
        if (Error.captureStackTrace)
          Error.captureStackTrace(this, CustomError);
        else
          Object.defineProperty(this, "stack", { value: new Error().stack || "" });
        if (properties)
          merge(this, properties);
      }
      CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
          value: CustomError,
          writable: true,
          enumerable: false,
          configurable: true
        },
        name: {
          get: function get() {
            return name;
          },
          set: void 0,
          enumerable: false,
          // configurable: false would accurately preserve the behavior of
          // the original, but I'm guessing that was not intentional.
          // For an actual error subclass, this property would
          // be configurable.
          configurable: true
        },
        toString: {
          value: function value() {
            return this.name + ": " + this.message;
          },
          writable: true,
          enumerable: false,
          configurable: true
        }
      });
      return CustomError;
    }
    util.newError = newError;
    util.ProtocolError = newError("ProtocolError");
    util.oneOfGetter = function getOneOf(fieldNames) {
      var fieldMap = {};
      for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;
      return function() {
        for (var keys = Object.keys(this), i2 = keys.length - 1; i2 > -1; --i2)
          if (fieldMap[keys[i2]] === 1 && this[keys[i2]] !== void 0 && this[keys[i2]] !== null)
            return keys[i2];
      };
    };
    util.oneOfSetter = function setOneOf(fieldNames) {
      return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
          if (fieldNames[i] !== name)
            delete this[fieldNames[i]];
      };
    };
    util.toJSONOptions = {
      longs: String,
      enums: String,
      bytes: String,
      json: true
    };
  }
});

// node_modules/protobufjs/src/writer.js
var require_writer = __commonJS({
  "node_modules/protobufjs/src/writer.js"(exports, module) {
    "use strict";
    module.exports = Writer;
    var util = require_minimal();
    var BufferWriter;
    var LongBits = util.LongBits;
    var base64 = util.base64;
    var utf82 = util.utf8;
    function Writer() {
      this.pos = 0;
      this.buf = this.constructor.alloc(Writer.initialBufferSize);
      this.view = null;
      this.states = null;
    }
    Writer.initialBufferSize = 128;
    Object.defineProperty(Writer.prototype, "len", {
      configurable: true,
      enumerable: true,
      get: function get_len() {
        return this.pos;
      }
    });
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup() {
        return (Writer.create = function create_buffer() {
          return new BufferWriter();
        })();
      } : function create_array() {
        return new Writer();
      };
    };
    Writer.create = create();
    Writer.alloc = function alloc(size) {
      return new Uint8Array(size);
    };
    Writer.alloc = util.pool(Writer.alloc, Uint8Array.prototype.subarray);
    function sizeVarint32(value) {
      return value < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5;
    }
    Writer.prototype._reserve = function _reserve(n) {
      var need2 = this.pos + n;
      if (need2 > this.buf.length) {
        var size = this.buf.length << 1;
        if (size < need2)
          size = need2;
        var buf = this.constructor.alloc(size);
        buf.set(this.buf.subarray(0, this.pos), 0);
        this.buf = buf;
        this.view = null;
      }
    };
    function writeStringAscii(val, buf, pos) {
      for (var i = 0; i < val.length; )
        buf[pos++] = val.charCodeAt(i++);
    }
    function writeVarint32(val, buf, pos) {
      while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
      }
      buf[pos] = val;
      return pos + 1;
    }
    Writer.prototype.uint32 = function write_uint32(value) {
      value = value >>> 0;
      this._reserve(5);
      var pos = this.pos;
      this.pos = writeVarint32(value, this.buf, pos);
      return this;
    };
    Writer.prototype.int32 = function write_int32(value) {
      if ((value |= 0) < 0) {
        this._reserve(10);
        writeVarint64(LongBits.fromNumber(value), this.buf, this.pos);
        this.pos += 10;
        return this;
      }
      return this.uint32(value);
    };
    Writer.prototype.sint32 = function write_sint32(value) {
      return this.uint32((value << 1 ^ value >> 31) >>> 0);
    };
    function writeVarint64(val, buf, pos) {
      var lo = val.lo, hi = val.hi;
      while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
      }
      while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
      }
      buf[pos] = lo;
      return pos + 1;
    }
    Writer.prototype.uint64 = function write_uint64(value) {
      var bits = LongBits.from(value);
      this._reserve(10);
      var pos = this.pos;
      this.pos = writeVarint64(bits, this.buf, pos);
      return this;
    };
    Writer.prototype.int64 = Writer.prototype.uint64;
    Writer.prototype.sint64 = function write_sint64(value) {
      var bits = LongBits.from(value).zzEncode();
      this._reserve(10);
      var pos = this.pos;
      this.pos = writeVarint64(bits, this.buf, pos);
      return this;
    };
    Writer.prototype.bool = function write_bool(value) {
      this._reserve(1);
      this.buf[this.pos++] = value ? 1 : 0;
      return this;
    };
    function writeFixed32(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    Writer.prototype.fixed32 = function write_fixed32(value) {
      this._reserve(4);
      writeFixed32(value >>> 0, this.buf, this.pos);
      this.pos += 4;
      return this;
    };
    Writer.prototype.sfixed32 = Writer.prototype.fixed32;
    Writer.prototype.fixed64 = function write_fixed64(value) {
      var bits = LongBits.from(value);
      this._reserve(8);
      writeFixed32(bits.lo, this.buf, this.pos);
      writeFixed32(bits.hi, this.buf, this.pos + 4);
      this.pos += 8;
      return this;
    };
    Writer.prototype.sfixed64 = Writer.prototype.fixed64;
    Writer.prototype.float = function write_float(value) {
      this._reserve(4);
      util.float.writeFloatLE(value, this.buf, this.pos);
      this.pos += 4;
      return this;
    };
    Writer.prototype.double = function write_double(value) {
      this._reserve(8);
      util.float.writeDoubleLE(value, this.buf, this.pos);
      this.pos += 8;
      return this;
    };
    Writer.prototype.bytes = function write_bytes(value) {
      var len = value.length >>> 0;
      if (!len) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
      }
      this.uint32(len);
      this._reserve(len);
      this.buf.set(value, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype.raw = function write_raw(value) {
      var len = value.length >>> 0;
      if (!len)
        return this;
      this._reserve(len);
      this.buf.set(value, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype._delim = function _delim(pos, len) {
      var n = sizeVarint32(len);
      if (n > 1)
        this.buf.copyWithin(pos + n, pos + 1, pos + 1 + len);
      writeVarint32(len, this.buf, pos);
      this.pos = pos + n + len;
      return this;
    };
    Writer.prototype.string = function write_string(value) {
      var n = value.length;
      if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (n < 128) {
        this._reserve(n * 3 + 5);
        var lenPos = this.pos;
        return this._delim(lenPos, utf82.write(value, this.buf, lenPos + 1));
      }
      var len = utf82.length(value);
      this.uint32(len);
      this._reserve(len);
      if (len === value.length)
        writeStringAscii(value, this.buf, this.pos);
      else
        utf82.write(value, this.buf, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype.uint32s = function write_uint32s(value) {
      var n = value.length;
      this._reserve(n * 5 + 5);
      var buf = this.buf, lenPos = this.pos, p = lenPos + 1;
      for (var i = 0; i < n; ++i)
        p = writeVarint32(value[i] >>> 0, buf, p);
      return this._delim(lenPos, p - lenPos - 1);
    };
    Writer.prototype.int32s = function write_int32s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1, val;
      for (var i = 0; i < n; ++i) {
        if ((val = value[i] | 0) < 0) {
          pos = writeVarint64(LongBits.fromNumber(val), buf, pos);
        } else {
          pos = writeVarint32(val, buf, pos);
        }
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.sint32s = function write_sint32s(value) {
      var n = value.length;
      this._reserve(n * 5 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i)
        pos = writeVarint32((value[i] << 1 ^ value[i] >> 31) >>> 0, buf, pos);
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.uint64s = function write_uint64s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]), buf, pos);
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.int64s = Writer.prototype.uint64s;
    Writer.prototype.sint64s = function write_sint64s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]).zzEncode(), buf, pos);
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.bools = function write_bools(value) {
      var n = value.length;
      this.uint32(n);
      this._reserve(n);
      var buf = this.buf, p = this.pos;
      for (var i = 0; i < n; ++i)
        buf[p++] = value[i] ? 1 : 0;
      this.pos += n;
      return this;
    };
    var VIEW_THRESHOLD_FLOAT = 16;
    var VIEW_THRESHOLD_INT = 128;
    function getLazyView(writer, count, threshold) {
      var view = writer.view;
      if (view || count < threshold)
        return view;
      var buf = writer.buf;
      return writer.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    Writer.prototype.fixed32s = function write_fixed32s(value) {
      var n = value.length, bytes = n * 4;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setUint32(p, value[i] >>> 0, true);
          p += 4;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          writeFixed32(value[i] >>> 0, buf, p);
          p += 4;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.sfixed32s = Writer.prototype.fixed32s;
    Writer.prototype.fixed64s = function write_fixed64s(value) {
      var n = value.length, bytes = n * 8;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, bits, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
      if (dv)
        for (i = 0; i < n; ++i) {
          bits = LongBits.from(value[i]);
          dv.setUint32(p, bits.lo, true);
          dv.setUint32(p + 4, bits.hi, true);
          p += 8;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          bits = LongBits.from(value[i]);
          writeFixed32(bits.lo, buf, p);
          writeFixed32(bits.hi, buf, p + 4);
          p += 8;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.sfixed64s = Writer.prototype.fixed64s;
    Writer.prototype.floats = function write_floats(value) {
      var n = value.length, bytes = n * 4;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setFloat32(p, value[i], true);
          p += 4;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          util.float.writeFloatLE(value[i], buf, p);
          p += 4;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.doubles = function write_doubles(value) {
      var n = value.length, bytes = n * 8;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setFloat64(p, value[i], true);
          p += 8;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          util.float.writeDoubleLE(value[i], buf, p);
          p += 8;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.fork = function fork() {
      this._reserve(1);
      (this.states || (this.states = [])).push(this.pos);
      this.pos += 1;
      return this;
    };
    Writer.prototype.reset = function reset() {
      var states = this.states;
      if (states && states.length) {
        this.pos = states.pop();
      } else {
        this.pos = 0;
      }
      return this;
    };
    Writer.prototype.ldelim = function ldelim() {
      var states = this.states, len, vlen;
      if (states && states.length) {
        var lenPos = states.pop();
        len = this.pos - lenPos - 1;
        vlen = sizeVarint32(len);
        if (vlen > 1) {
          this._reserve(vlen - 1);
          this.buf.copyWithin(lenPos + vlen, lenPos + 1, lenPos + 1 + len);
          this.pos += vlen - 1;
          writeVarint32(len, this.buf, lenPos);
        } else {
          this.buf[lenPos] = len;
        }
      } else {
        len = this.pos;
        vlen = sizeVarint32(len);
        this._reserve(vlen);
        this.buf.copyWithin(vlen, 0, len);
        writeVarint32(len, this.buf, 0);
        this.pos += vlen;
      }
      return this;
    };
    Writer.prototype.finish = function finish2(shared) {
      if (shared)
        return this.buf.subarray(0, this.pos);
      var buf = this.constructor.alloc(this.pos);
      buf.set(this.buf.subarray(0, this.pos), 0);
      return buf;
    };
    Writer.prototype.finishInto = function finishInto(buf, offset) {
      if (offset === void 0)
        offset = 0;
      buf.set(this.buf.subarray(0, this.pos), offset);
      return buf;
    };
    Writer._configure = function(BufferWriter_) {
      BufferWriter = BufferWriter_;
      Writer.create = create();
      BufferWriter._configure();
    };
  }
});

// node_modules/protobufjs/src/writer_buffer.js
var require_writer_buffer = __commonJS({
  "node_modules/protobufjs/src/writer_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferWriter;
    var Writer = require_writer();
    BufferWriter.prototype = Object.create(Writer.prototype, {
      constructor: {
        value: BufferWriter,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util = require_minimal();
    function BufferWriter() {
      Writer.call(this);
    }
    var writeStringBuffer;
    BufferWriter._configure = function() {
      BufferWriter.alloc = util.Buffer && util.Buffer.allocUnsafe;
      writeStringBuffer = util.Buffer && util.Buffer.prototype.utf8Write ? function writeStringBuffer_utf8Write(val, buf, pos) {
        return buf.utf8Write(val, pos);
      } : function writeStringBuffer_write(val, buf, pos) {
        return buf.write(val, pos);
      };
    };
    BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
      if (util.isString(value))
        value = util.Buffer.from(value, "base64");
      var len = value.length >>> 0;
      this.uint32(len);
      if (len) {
        this._reserve(len);
        this.buf.set(value, this.pos);
        this.pos += len;
      }
      return this;
    };
    BufferWriter.prototype.string = function write_string_buffer(value) {
      var n = value.length;
      if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (n < 128) {
        this._reserve(n * 3 + 5);
        var pos = this.pos, buf = this.buf;
        return this._delim(
          pos,
          n < 40 ? util.utf8.write(value, buf, pos + 1) : writeStringBuffer(value, buf, pos + 1)
        );
      }
      var len = util.Buffer.byteLength(value);
      this.uint32(len);
      this._reserve(len);
      writeStringBuffer(value, this.buf, this.pos);
      this.pos += len;
      return this;
    };
    BufferWriter._configure();
  }
});

// node_modules/protobufjs/src/reader.js
var require_reader = __commonJS({
  "node_modules/protobufjs/src/reader.js"(exports, module) {
    "use strict";
    module.exports = Reader;
    var util = require_minimal();
    var BufferReader;
    var LongBits = util.LongBits;
    var utf82 = util.utf8;
    function indexOutOfRange(reader, writeLength) {
      return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
    }
    function Reader(buffer) {
      this.buf = buffer;
      this.pos = 0;
      this.len = buffer.length;
      this.view = null;
      this.discardUnknown = Reader.discardUnknown;
    }
    function create_array(buffer) {
      if (Array.isArray(buffer))
        buffer = new Uint8Array(buffer);
      if (buffer instanceof Uint8Array)
        return new Reader(buffer);
      throw Error("illegal buffer");
    }
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup(buffer) {
        return (Reader.create = function create_buffer(buffer2) {
          return util.Buffer.isBuffer(buffer2) ? new BufferReader(buffer2) : create_array(buffer2);
        })(buffer);
      } : create_array;
    };
    Reader.create = create();
    Reader.prototype.raw = function read_raw(start, end) {
      return this.buf.subarray(start, end);
    };
    function readVarint32NearEnd(reader) {
      var value = 0;
      for (var i = 0; i < 4; ++i) {
        if (reader.pos >= reader.len)
          throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        value = (value | (b & 127) << i * 7) >>> 0;
        if (b < 128)
          return value;
      }
      throw indexOutOfRange(reader);
    }
    Reader.prototype.uint32 = function read_uint32() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 15) << 28) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      for (var i = 0; i < 5; ++i) {
        if (pos >= this.len) {
          this.pos = pos;
          throw indexOutOfRange(this);
        }
        if (buf[pos++] < 128) {
          this.pos = pos;
          return value;
        }
      }
      this.pos = pos;
      throw Error("invalid varint encoding");
    };
    Reader.prototype.tag = function read_tag() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 15) << 28) >>> 0;
      if (buf[pos] < 128 && (buf[pos] & 112) === 0) {
        this.pos = pos + 1;
        return value;
      }
      this.pos = pos + 1;
      throw Error("invalid tag encoding");
    };
    Reader.prototype.size = function read_size() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      this.pos = pos + 1;
      if (buf[pos] > 7)
        throw Error("invalid length encoding");
      return (value | buf[pos] << 28) >>> 0;
    };
    Reader.prototype.int32 = function read_int32() {
      return this.uint32() | 0;
    };
    Reader.prototype.sint32 = function read_sint32() {
      var value = this.uint32();
      return value >>> 1 ^ -(value & 1) | 0;
    };
    function readLongVarint() {
      var bits = new LongBits(0, 0);
      var i = 0;
      if (this.len - this.pos > 4) {
        for (; i < 4; ++i) {
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >> 4) >>> 0;
        if (this.buf[this.pos++] < 128)
          return bits;
        i = 0;
      } else {
        for (; i < 4; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        throw indexOutOfRange(this);
      }
      if (this.len - this.pos > 4) {
        for (; i < 5; ++i) {
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      } else {
        for (; i < 5; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      }
      throw Error("invalid varint encoding");
    }
    Reader.prototype.bool = function read_bool() {
      var value = false, b;
      for (var i = 0; i < 10; ++i) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        b = this.buf[this.pos++];
        if (b & 127)
          value = true;
        if (b < 128)
          return value;
      }
      throw Error("invalid varint encoding");
    };
    function readFixed32_end(buf, end) {
      return (buf[end - 4] | buf[end - 3] << 8 | buf[end - 2] << 16 | buf[end - 1] << 24) >>> 0;
    }
    Reader.prototype.fixed32 = function read_fixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4);
    };
    Reader.prototype.sfixed32 = function read_sfixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4) | 0;
    };
    function readFixed64() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);
      return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
    }
    Reader.prototype.float = function read_float() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readFloatLE(this.buf, this.pos);
      this.pos += 4;
      return value;
    };
    Reader.prototype.double = function read_double() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readDoubleLE(this.buf, this.pos);
      this.pos += 8;
      return value;
    };
    Reader.prototype.uint32s = function read_uint32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value);
        else {
          this.pos = pos - 1;
          array.push(this.uint32());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.int32s = function read_int32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value);
        else {
          this.pos = pos - 1;
          array.push(this.int32());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.sint32s = function read_sint32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.sint32());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.bools = function read_bools(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value !== 0);
        else {
          this.pos = pos - 1;
          array.push(this.bool());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    var VIEW_THRESHOLD_FLOAT = 8;
    var VIEW_THRESHOLD_INT = 128;
    function getLazyView(reader, count, threshold) {
      var view = reader.view;
      if (view || count < threshold)
        return view;
      var buf = reader.buf;
      return reader.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    Reader.prototype.fixed32s = function read_fixed32s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getUint32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.sfixed32s = function read_sfixed32s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getInt32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4) | 0;
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.floats = function read_floats(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getFloat32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = util.float.readFloatLE(buf, pos);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.doubles = function read_doubles(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 8) array[i++] = dv.getFloat64(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 8) array[i++] = util.float.readDoubleLE(buf, pos);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.uint64s = function read_uint64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.uint64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.int64s = function read_int64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.int64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.sint64s = function read_sint64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.sint64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.fixed64s = function read_fixed64s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len, i = array.length;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3;
      array.length = i + count;
      for (var j = 0; j < count; ++j)
        array[i++] = this.fixed64();
      if (this.pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.sfixed64s = function read_sfixed64s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len, i = array.length;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3;
      array.length = i + count;
      for (var j = 0; j < count; ++j)
        array[i++] = this.sfixed64();
      if (this.pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.bytes = function read_bytes() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return this.raw(start, end);
    };
    Reader.prototype.string = function read_string() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf82.read(this.buf, start, end);
    };
    Reader.prototype.stringVerify = function read_string_verify() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf82.readStrict(this.buf, start, end);
    };
    Reader.prototype.skip = function skip(length) {
      if (typeof length === "number") {
        if (this.pos + length > this.len)
          throw indexOutOfRange(this, length);
        this.pos += length;
      } else {
        do {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
      }
      return this;
    };
    Reader.recursionLimit = util.recursionLimit;
    Reader.discardUnknown = true;
    Reader.prototype.skipType = function(wireType, depth, fieldNumber) {
      if (depth === void 0) depth = 0;
      if (depth > Reader.recursionLimit)
        throw Error("max depth exceeded");
      if (fieldNumber === 0)
        throw Error("illegal tag: field number 0");
      switch (wireType) {
        case 0:
          this.skip();
          break;
        case 1:
          this.skip(8);
          break;
        case 2:
          this.skip(this.size());
          break;
        case 3:
          while (true) {
            var tag = this.tag();
            var nestedField = tag >>> 3;
            wireType = tag & 7;
            if (!nestedField)
              throw Error("illegal tag: field number 0");
            if (wireType === 4) {
              if (fieldNumber !== void 0 && nestedField !== fieldNumber)
                throw Error("invalid end group tag");
              break;
            }
            this.skipType(wireType, depth + 1, nestedField);
          }
          break;
        case 5:
          this.skip(4);
          break;
        /* istanbul ignore next */
        default:
          throw Error("invalid wire type " + wireType + " at offset " + this.pos);
      }
      return this;
    };
    Reader._configure = function(BufferReader_) {
      BufferReader = BufferReader_;
      Reader.create = create();
      BufferReader._configure();
      var fn = util.Long ? "toLong" : (
        /* istanbul ignore next */
        "toNumber"
      );
      util.merge(Reader.prototype, {
        int64: function read_int64() {
          return readLongVarint.call(this)[fn](false);
        },
        uint64: function read_uint64() {
          return readLongVarint.call(this)[fn](true);
        },
        sint64: function read_sint64() {
          return readLongVarint.call(this).zzDecode()[fn](false);
        },
        fixed64: function read_fixed64() {
          return readFixed64.call(this)[fn](true);
        },
        sfixed64: function read_sfixed64() {
          return readFixed64.call(this)[fn](false);
        }
      });
    };
  }
});

// node_modules/protobufjs/src/reader_buffer.js
var require_reader_buffer = __commonJS({
  "node_modules/protobufjs/src/reader_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferReader;
    var Reader = require_reader();
    BufferReader.prototype = Object.create(Reader.prototype, {
      constructor: {
        value: BufferReader,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util = require_minimal();
    function BufferReader(buffer) {
      Reader.call(this, buffer);
    }
    BufferReader._configure = function() {
      if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
    };
    BufferReader.prototype.raw = function read_raw_buffer(start, end) {
      return this._slice.call(this.buf, start, end);
    };
    BufferReader.prototype.string = function read_string_buffer() {
      var len = this.size(), start = this.pos, end = this.pos + len;
      if (end > this.len)
        throw RangeError("index out of range: " + this.pos + " + " + len + " > " + this.len);
      this.pos = end;
      return this.buf.utf8Slice ? this.buf.utf8Slice(start, end) : this.buf.toString("utf-8", start, end);
    };
    BufferReader._configure();
  }
});

// node_modules/protobufjs/src/rpc/service.js
var require_service = __commonJS({
  "node_modules/protobufjs/src/rpc/service.js"(exports, module) {
    "use strict";
    module.exports = Service;
    var util = require_minimal();
    Service.prototype = Object.create(util.EventEmitter.prototype, {
      constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    function Service(rpcImpl, requestDelimited, responseDelimited) {
      if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");
      util.EventEmitter.call(this);
      this.rpcImpl = rpcImpl;
      this.requestDelimited = Boolean(requestDelimited);
      this.responseDelimited = Boolean(responseDelimited);
    }
    Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {
      if (!request)
        throw TypeError("request must be specified");
      var self2 = this;
      if (!callback)
        return util.asPromise(rpcCall, self2, method, requestCtor, responseCtor, request);
      if (!self2.rpcImpl) {
        setTimeout(function() {
          callback(Error("already ended"));
        }, 0);
        return void 0;
      }
      try {
        return self2.rpcImpl(
          method,
          requestCtor[self2.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
          function rpcCallback(err, response) {
            if (err) {
              self2.emit("error", err, method);
              return callback(err);
            }
            if (response === null) {
              self2.end(
                /* endedByRPC */
                true
              );
              return void 0;
            }
            if (!(response instanceof responseCtor)) {
              try {
                response = responseCtor[self2.responseDelimited ? "decodeDelimited" : "decode"](response);
              } catch (err2) {
                self2.emit("error", err2, method);
                return callback(err2);
              }
            }
            self2.emit("data", response, method);
            return callback(null, response);
          }
        );
      } catch (err) {
        self2.emit("error", err, method);
        setTimeout(function() {
          callback(err);
        }, 0);
        return void 0;
      }
    };
    Service.prototype.end = function end(endedByRPC) {
      if (this.rpcImpl) {
        if (!endedByRPC)
          this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/rpc.js
var require_rpc = __commonJS({
  "node_modules/protobufjs/src/rpc.js"(exports) {
    "use strict";
    var rpc = exports;
    rpc.Service = require_service();
  }
});

// node_modules/protobufjs/src/roots.js
var require_roots = __commonJS({
  "node_modules/protobufjs/src/roots.js"(exports, module) {
    "use strict";
    module.exports = /* @__PURE__ */ Object.create(null);
  }
});

// node_modules/protobufjs/src/index-minimal.js
var require_index_minimal = __commonJS({
  "node_modules/protobufjs/src/index-minimal.js"(exports) {
    "use strict";
    exports.build = "minimal";
    exports.Writer = require_writer();
    exports.BufferWriter = require_writer_buffer();
    exports.Reader = require_reader();
    exports.BufferReader = require_reader_buffer();
    exports.util = require_minimal();
    exports.rpc = require_rpc();
    exports.roots = require_roots();
    exports.configure = configure;
    function configure() {
      exports.util.LongBits._configure(exports.util.Long);
      exports.Writer._configure(exports.BufferWriter);
      exports.Reader._configure(exports.BufferReader);
    }
    configure();
  }
});

// node_modules/protobufjs/minimal.js
var require_minimal2 = __commonJS({
  "node_modules/protobufjs/minimal.js"(exports, module) {
    "use strict";
    module.exports = require_index_minimal();
  }
});

// src/engine/import-pool/import-worker.ts
import { parentPort } from "node:worker_threads";

// src/engine/read-inputs/import-file.ts
import { open as open3, readFile, stat } from "node:fs/promises";

// src/model/diagnostic.ts
var DiagnosticSink = class {
  byCode = /* @__PURE__ */ new Map();
  add(code, message, where2, count = 1) {
    const seen = this.byCode.get(code);
    if (seen) {
      seen.count += count;
      return;
    }
    this.byCode.set(code, where2 === void 0 ? { code, message, count } : { code, message, where: where2, count });
  }
  list() {
    return [...this.byCode.values()];
  }
};

// src/model/format-error.ts
var FormatError = class extends Error {
  format;
  code;
  /** Byte offset or 1-based line number inside the input, when known. */
  offset;
  line;
  /** The input's path, set by the engine (importers do not know it). */
  path;
  constructor(format6, code, detail, where2 = {}) {
    super(detail);
    this.name = "FormatError";
    this.format = format6;
    this.code = code;
    this.offset = where2.offset;
    this.line = where2.line;
    this.path = void 0;
  }
  /** `path@0x1a2b` or `path:12`, or just the path. */
  get location() {
    const path = this.path ?? "<input>";
    if (this.offset !== void 0) return `${path}@0x${this.offset.toString(16)}`;
    if (this.line !== void 0) return `${path}:${this.line}`;
    return path;
  }
  /** One line for users: where, what code, what was wrong. */
  describe() {
    return `${this.location}: ${this.code}: ${this.message}`;
  }
};
function isFormatError(err) {
  return err instanceof FormatError;
}

// src/formats/gzip.ts
import { gunzipSync } from "node:zlib";

// node_modules/pako/dist/pako.mjs
var Z_FIXED$1 = 4;
var Z_BINARY = 0;
var Z_TEXT = 1;
var Z_UNKNOWN = 2;
function zero$1(buf) {
  let len = buf.length;
  while (--len >= 0) buf[len] = 0;
}
var STORED_BLOCK = 0;
var STATIC_TREES = 1;
var DYN_TREES = 2;
var LENGTH_CODES = 29;
var LITERALS = 256;
var L_CODES = 286;
var D_CODES = 30;
var BL_CODES = 19;
var HEAP_SIZE$1 = 573;
var MAX_BITS = 15;
var Buf_size = 16;
var END_BLOCK = 256;
var REP_3_6 = 16;
var REPZ_3_10 = 17;
var REPZ_11_138 = 18;
var extra_lbits = new Uint8Array([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0
]);
var extra_dbits = new Uint8Array([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13
]);
var extra_blbits = new Uint8Array([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  2,
  3,
  7
]);
var bl_order = new Uint8Array([
  16,
  17,
  18,
  0,
  8,
  7,
  9,
  6,
  10,
  5,
  11,
  4,
  12,
  3,
  13,
  2,
  14,
  1,
  15
]);
var DIST_CODE_LEN = 512;
var static_ltree = new Array(288 * 2);
zero$1(static_ltree);
var static_dtree = new Array(D_CODES * 2);
zero$1(static_dtree);
var _dist_code = new Array(DIST_CODE_LEN);
zero$1(_dist_code);
var _length_code = new Array(256);
zero$1(_length_code);
var base_length = new Array(LENGTH_CODES);
zero$1(base_length);
var base_dist = new Array(D_CODES);
zero$1(base_dist);
var d_code = (dist) => {
  return dist < 256 ? _dist_code[dist] : _dist_code[256 + (dist >>> 7)];
};
var put_short = (s, w) => {
  s.pending_buf[s.pending++] = w & 255;
  s.pending_buf[s.pending++] = w >>> 8 & 255;
};
var send_bits = (s, value, length) => {
  if (s.bi_valid > Buf_size - length) {
    s.bi_buf |= value << s.bi_valid & 65535;
    put_short(s, s.bi_buf);
    s.bi_buf = value >> Buf_size - s.bi_valid;
    s.bi_valid += length - Buf_size;
  } else {
    s.bi_buf |= value << s.bi_valid & 65535;
    s.bi_valid += length;
  }
};
var send_code = (s, c, tree) => {
  send_bits(s, tree[c * 2], tree[c * 2 + 1]);
};
var bi_reverse = (code, len) => {
  let res = 0;
  do {
    res |= code & 1;
    code >>>= 1;
    res <<= 1;
  } while (--len > 0);
  return res >>> 1;
};
var gen_bitlen = (s, desc) => {
  const tree = desc.dyn_tree;
  const max_code = desc.max_code;
  const stree = desc.stat_desc.static_tree;
  const has_stree = desc.stat_desc.has_stree;
  const extra = desc.stat_desc.extra_bits;
  const base = desc.stat_desc.extra_base;
  const max_length = desc.stat_desc.max_length;
  let h;
  let n, m;
  let bits;
  let xbits;
  let f;
  let overflow = 0;
  for (bits = 0; bits <= MAX_BITS; bits++) s.bl_count[bits] = 0;
  tree[s.heap[s.heap_max] * 2 + 1] = 0;
  for (h = s.heap_max + 1; h < HEAP_SIZE$1; h++) {
    n = s.heap[h];
    bits = tree[tree[n * 2 + 1] * 2 + 1] + 1;
    if (bits > max_length) {
      bits = max_length;
      overflow++;
    }
    tree[n * 2 + 1] = bits;
    if (n > max_code) continue;
    s.bl_count[bits]++;
    xbits = 0;
    if (n >= base) xbits = extra[n - base];
    f = tree[n * 2];
    s.opt_len += f * (bits + xbits);
    if (has_stree) s.static_len += f * (stree[n * 2 + 1] + xbits);
  }
  if (overflow === 0) return;
  do {
    bits = max_length - 1;
    while (s.bl_count[bits] === 0) bits--;
    s.bl_count[bits]--;
    s.bl_count[bits + 1] += 2;
    s.bl_count[max_length]--;
    overflow -= 2;
  } while (overflow > 0);
  for (bits = max_length; bits !== 0; bits--) {
    n = s.bl_count[bits];
    while (n !== 0) {
      m = s.heap[--h];
      if (m > max_code) continue;
      if (tree[m * 2 + 1] !== bits) {
        s.opt_len += (bits - tree[m * 2 + 1]) * tree[m * 2];
        tree[m * 2 + 1] = bits;
      }
      n--;
    }
  }
};
var gen_codes = (tree, max_code, bl_count) => {
  const next_code = new Array(16);
  let code = 0;
  let bits;
  let n;
  for (bits = 1; bits <= MAX_BITS; bits++) {
    code = code + bl_count[bits - 1] << 1;
    next_code[bits] = code;
  }
  for (n = 0; n <= max_code; n++) {
    let len = tree[n * 2 + 1];
    if (len === 0) continue;
    tree[n * 2] = bi_reverse(next_code[len]++, len);
  }
};
var init_block = (s) => {
  let n;
  for (n = 0; n < L_CODES; n++) s.dyn_ltree[n * 2] = 0;
  for (n = 0; n < D_CODES; n++) s.dyn_dtree[n * 2] = 0;
  for (n = 0; n < BL_CODES; n++) s.bl_tree[n * 2] = 0;
  s.dyn_ltree[END_BLOCK * 2] = 1;
  s.opt_len = s.static_len = 0;
  s.sym_next = s.matches = 0;
};
var bi_windup = (s) => {
  if (s.bi_valid > 8) put_short(s, s.bi_buf);
  else if (s.bi_valid > 0) s.pending_buf[s.pending++] = s.bi_buf;
  s.bi_buf = 0;
  s.bi_valid = 0;
};
var smaller = (tree, n, m, depth) => {
  const _n2 = n * 2;
  const _m2 = m * 2;
  return tree[_n2] < tree[_m2] || tree[_n2] === tree[_m2] && depth[n] <= depth[m];
};
var pqdownheap = (s, tree, k) => {
  const v = s.heap[k];
  let j = k << 1;
  while (j <= s.heap_len) {
    if (j < s.heap_len && smaller(tree, s.heap[j + 1], s.heap[j], s.depth)) j++;
    if (smaller(tree, v, s.heap[j], s.depth)) break;
    s.heap[k] = s.heap[j];
    k = j;
    j <<= 1;
  }
  s.heap[k] = v;
};
var compress_block = (s, ltree, dtree) => {
  let dist;
  let lc;
  let sx = 0;
  let code;
  let extra;
  if (s.sym_next !== 0) do {
    dist = s.pending_buf[s.sym_buf + sx++] & 255;
    dist += (s.pending_buf[s.sym_buf + sx++] & 255) << 8;
    lc = s.pending_buf[s.sym_buf + sx++];
    if (dist === 0) send_code(s, lc, ltree);
    else {
      code = _length_code[lc];
      send_code(s, code + LITERALS + 1, ltree);
      extra = extra_lbits[code];
      if (extra !== 0) {
        lc -= base_length[code];
        send_bits(s, lc, extra);
      }
      dist--;
      code = d_code(dist);
      send_code(s, code, dtree);
      extra = extra_dbits[code];
      if (extra !== 0) {
        dist -= base_dist[code];
        send_bits(s, dist, extra);
      }
    }
  } while (sx < s.sym_next);
  send_code(s, END_BLOCK, ltree);
};
var build_tree = (s, desc) => {
  const tree = desc.dyn_tree;
  const stree = desc.stat_desc.static_tree;
  const has_stree = desc.stat_desc.has_stree;
  const elems = desc.stat_desc.elems;
  let n, m;
  let max_code = -1;
  let node;
  s.heap_len = 0;
  s.heap_max = HEAP_SIZE$1;
  for (n = 0; n < elems; n++) if (tree[n * 2] !== 0) {
    s.heap[++s.heap_len] = max_code = n;
    s.depth[n] = 0;
  } else tree[n * 2 + 1] = 0;
  while (s.heap_len < 2) {
    node = s.heap[++s.heap_len] = max_code < 2 ? ++max_code : 0;
    tree[node * 2] = 1;
    s.depth[node] = 0;
    s.opt_len--;
    if (has_stree) s.static_len -= stree[node * 2 + 1];
  }
  desc.max_code = max_code;
  for (n = s.heap_len >> 1; n >= 1; n--) pqdownheap(s, tree, n);
  node = elems;
  do {
    n = s.heap[1];
    s.heap[1] = s.heap[s.heap_len--];
    pqdownheap(s, tree, 1);
    m = s.heap[1];
    s.heap[--s.heap_max] = n;
    s.heap[--s.heap_max] = m;
    tree[node * 2] = tree[n * 2] + tree[m * 2];
    s.depth[node] = (s.depth[n] >= s.depth[m] ? s.depth[n] : s.depth[m]) + 1;
    tree[n * 2 + 1] = tree[m * 2 + 1] = node;
    s.heap[1] = node++;
    pqdownheap(s, tree, 1);
  } while (s.heap_len >= 2);
  s.heap[--s.heap_max] = s.heap[1];
  gen_bitlen(s, desc);
  gen_codes(tree, max_code, s.bl_count);
};
var scan_tree = (s, tree, max_code) => {
  let n;
  let prevlen = -1;
  let curlen;
  let nextlen = tree[1];
  let count = 0;
  let max_count = 7;
  let min_count = 4;
  if (nextlen === 0) {
    max_count = 138;
    min_count = 3;
  }
  tree[(max_code + 1) * 2 + 1] = 65535;
  for (n = 0; n <= max_code; n++) {
    curlen = nextlen;
    nextlen = tree[(n + 1) * 2 + 1];
    if (++count < max_count && curlen === nextlen) continue;
    else if (count < min_count) s.bl_tree[curlen * 2] += count;
    else if (curlen !== 0) {
      if (curlen !== prevlen) s.bl_tree[curlen * 2]++;
      s.bl_tree[REP_3_6 * 2]++;
    } else if (count <= 10) s.bl_tree[REPZ_3_10 * 2]++;
    else s.bl_tree[REPZ_11_138 * 2]++;
    count = 0;
    prevlen = curlen;
    if (nextlen === 0) {
      max_count = 138;
      min_count = 3;
    } else if (curlen === nextlen) {
      max_count = 6;
      min_count = 3;
    } else {
      max_count = 7;
      min_count = 4;
    }
  }
};
var send_tree = (s, tree, max_code) => {
  let n;
  let prevlen = -1;
  let curlen;
  let nextlen = tree[1];
  let count = 0;
  let max_count = 7;
  let min_count = 4;
  if (nextlen === 0) {
    max_count = 138;
    min_count = 3;
  }
  for (n = 0; n <= max_code; n++) {
    curlen = nextlen;
    nextlen = tree[(n + 1) * 2 + 1];
    if (++count < max_count && curlen === nextlen) continue;
    else if (count < min_count) do
      send_code(s, curlen, s.bl_tree);
    while (--count !== 0);
    else if (curlen !== 0) {
      if (curlen !== prevlen) {
        send_code(s, curlen, s.bl_tree);
        count--;
      }
      send_code(s, REP_3_6, s.bl_tree);
      send_bits(s, count - 3, 2);
    } else if (count <= 10) {
      send_code(s, REPZ_3_10, s.bl_tree);
      send_bits(s, count - 3, 3);
    } else {
      send_code(s, REPZ_11_138, s.bl_tree);
      send_bits(s, count - 11, 7);
    }
    count = 0;
    prevlen = curlen;
    if (nextlen === 0) {
      max_count = 138;
      min_count = 3;
    } else if (curlen === nextlen) {
      max_count = 6;
      min_count = 3;
    } else {
      max_count = 7;
      min_count = 4;
    }
  }
};
var build_bl_tree = (s) => {
  let max_blindex;
  scan_tree(s, s.dyn_ltree, s.l_desc.max_code);
  scan_tree(s, s.dyn_dtree, s.d_desc.max_code);
  build_tree(s, s.bl_desc);
  for (max_blindex = BL_CODES - 1; max_blindex >= 3; max_blindex--) if (s.bl_tree[bl_order[max_blindex] * 2 + 1] !== 0) break;
  s.opt_len += 3 * (max_blindex + 1) + 5 + 5 + 4;
  return max_blindex;
};
var send_all_trees = (s, lcodes, dcodes, blcodes) => {
  let rank;
  send_bits(s, lcodes - 257, 5);
  send_bits(s, dcodes - 1, 5);
  send_bits(s, blcodes - 4, 4);
  for (rank = 0; rank < blcodes; rank++) send_bits(s, s.bl_tree[bl_order[rank] * 2 + 1], 3);
  send_tree(s, s.dyn_ltree, lcodes - 1);
  send_tree(s, s.dyn_dtree, dcodes - 1);
};
var detect_data_type = (s) => {
  let block_mask = 4093624447;
  let n;
  for (n = 0; n <= 31; n++, block_mask >>>= 1) if (block_mask & 1 && s.dyn_ltree[n * 2] !== 0) return Z_BINARY;
  if (s.dyn_ltree[18] !== 0 || s.dyn_ltree[20] !== 0 || s.dyn_ltree[26] !== 0) return Z_TEXT;
  for (n = 32; n < LITERALS; n++) if (s.dyn_ltree[n * 2] !== 0) return Z_TEXT;
  return Z_BINARY;
};
var _tr_stored_block = (s, buf, stored_len, last) => {
  send_bits(s, (STORED_BLOCK << 1) + (last ? 1 : 0), 3);
  bi_windup(s);
  put_short(s, stored_len);
  put_short(s, ~stored_len);
  if (stored_len) s.pending_buf.set(s.window.subarray(buf, buf + stored_len), s.pending);
  s.pending += stored_len;
};
var _tr_flush_block = (s, buf, stored_len, last) => {
  let opt_lenb, static_lenb;
  let max_blindex = 0;
  if (s.level > 0) {
    if (s.strm.data_type === Z_UNKNOWN) s.strm.data_type = detect_data_type(s);
    build_tree(s, s.l_desc);
    build_tree(s, s.d_desc);
    max_blindex = build_bl_tree(s);
    opt_lenb = s.opt_len + 3 + 7 >>> 3;
    static_lenb = s.static_len + 3 + 7 >>> 3;
    if (static_lenb <= opt_lenb || s.strategy === Z_FIXED$1) opt_lenb = static_lenb;
  } else opt_lenb = static_lenb = stored_len + 5;
  if (stored_len + 4 <= opt_lenb && buf !== -1) _tr_stored_block(s, buf, stored_len, last);
  else if (s.strategy === Z_FIXED$1 || static_lenb === opt_lenb) {
    send_bits(s, (STATIC_TREES << 1) + (last ? 1 : 0), 3);
    compress_block(s, static_ltree, static_dtree);
  } else {
    send_bits(s, (DYN_TREES << 1) + (last ? 1 : 0), 3);
    send_all_trees(s, s.l_desc.max_code + 1, s.d_desc.max_code + 1, max_blindex + 1);
    compress_block(s, s.dyn_ltree, s.dyn_dtree);
  }
  init_block(s);
  if (last) bi_windup(s);
};
var _tr_tally = (s, dist, lc) => {
  s.pending_buf[s.sym_buf + s.sym_next++] = dist;
  s.pending_buf[s.sym_buf + s.sym_next++] = dist >> 8;
  s.pending_buf[s.sym_buf + s.sym_next++] = lc;
  if (dist === 0) s.dyn_ltree[lc * 2]++;
  else {
    s.matches++;
    dist--;
    s.dyn_ltree[(_length_code[lc] + LITERALS + 1) * 2]++;
    s.dyn_dtree[d_code(dist) * 2]++;
  }
  return s.sym_next === s.sym_end;
};
var adler32 = (adler, buf, len, pos) => {
  let s1 = adler & 65535 | 0, s2 = adler >>> 16 & 65535 | 0, n = 0;
  while (len !== 0) {
    n = len > 2e3 ? 2e3 : len;
    len -= n;
    do {
      s1 = s1 + buf[pos++] | 0;
      s2 = s2 + s1 | 0;
    } while (--n);
    s1 %= 65521;
    s2 %= 65521;
  }
  return s1 | s2 << 16 | 0;
};
var makeTable = () => {
  const table2 = new Uint32Array(256 * 8);
  let c;
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table2[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    c = table2[n];
    for (let k = 256; k < 256 * 8; k += 256) {
      c = table2[c & 255] ^ c >>> 8;
      table2[k + n] = c;
    }
  }
  return table2;
};
var crcTable = makeTable();
var crc32 = (crc, buf, len, pos) => {
  const t = crcTable;
  const end = pos + len;
  let i = pos;
  crc ^= -1;
  for (const end8 = end - 7; i < end8; i += 8) {
    crc ^= buf[i] | buf[i + 1] << 8 | buf[i + 2] << 16 | buf[i + 3] << 24;
    crc = t[1792 + (crc & 255)] ^ t[1536 + (crc >>> 8 & 255)] ^ t[1280 + (crc >>> 16 & 255)] ^ t[1024 + (crc >>> 24)] ^ t[768 + buf[i + 4]] ^ t[512 + buf[i + 5]] ^ t[256 + buf[i + 6]] ^ t[buf[i + 7]];
  }
  for (; i < end; i++) crc = crc >>> 8 ^ t[(crc ^ buf[i]) & 255];
  return crc ^ -1;
};
var messages_default = {
  2: "need dictionary",
  1: "stream end",
  0: "",
  "-1": "file error",
  "-2": "stream error",
  "-3": "data error",
  "-4": "insufficient memory",
  "-5": "buffer error",
  "-6": "incompatible version"
};
var MIN_MATCH = 3;
var MAX_MATCH = 258;
var MIN_LOOKAHEAD = 262;
var BS_NEED_MORE = 1;
var BS_BLOCK_DONE = 2;
var BS_FINISH_STARTED = 3;
var BS_FINISH_DONE = 4;
var slide_hash = (s) => {
  let n, m;
  let p;
  let wsize = s.w_size;
  n = s.hash_size;
  p = n;
  do {
    m = s.head[--p];
    s.head[p] = m >= wsize ? m - wsize : 0;
  } while (--n);
  n = wsize;
  p = n;
  do {
    m = s.prev[--p];
    s.prev[p] = m >= wsize ? m - wsize : 0;
  } while (--n);
};
var HASH = (s, prev, data) => (prev << s.hash_shift ^ data) & s.hash_mask;
var INSERT_STRING = (s, str) => {
  let h;
  if (s.legacy_hash) h = s.ins_h = HASH(s, s.ins_h, s.window[str + MIN_MATCH - 1]);
  else {
    const w = s.window;
    const value = w[str] | w[str + 1] << 8 | w[str + 2] << 16 | w[str + 3] << 24;
    h = s.ins_h = Math.imul(value, 66521) + 66521 >>> 16 & s.hash_mask;
  }
  const hash_head = s.prev[str & s.w_mask] = s.head[h];
  s.head[h] = str;
  return hash_head;
};
var flush_pending = (strm) => {
  const s = strm.state;
  let len = s.pending;
  if (len > strm.avail_out) len = strm.avail_out;
  if (len === 0) return;
  strm.output.set(s.pending_buf.subarray(s.pending_out, s.pending_out + len), strm.next_out);
  strm.next_out += len;
  s.pending_out += len;
  strm.total_out += len;
  strm.avail_out -= len;
  s.pending -= len;
  if (s.pending === 0) s.pending_out = 0;
};
var flush_block_only = (s, last) => {
  _tr_flush_block(s, s.block_start >= 0 ? s.block_start : -1, s.strstart - s.block_start, last);
  s.block_start = s.strstart;
  flush_pending(s.strm);
};
var read_buf = (strm, buf, start, size) => {
  let len = strm.avail_in;
  if (len > size) len = size;
  if (len === 0) return 0;
  strm.avail_in -= len;
  buf.set(strm.input.subarray(strm.next_in, strm.next_in + len), start);
  if (strm.state.wrap === 1) strm.adler = adler32(strm.adler, buf, len, start);
  else if (strm.state.wrap === 2) strm.adler = crc32(strm.adler, buf, len, start);
  strm.next_in += len;
  strm.total_in += len;
  return len;
};
var longest_match = (s, cur_match) => {
  let chain_length = s.max_chain_length;
  let scan = s.strstart;
  let match;
  let len;
  let best_len = s.prev_length;
  let nice_match = s.nice_match;
  const limit = s.strstart > s.w_size - MIN_LOOKAHEAD ? s.strstart - (s.w_size - MIN_LOOKAHEAD) : 0;
  const _win = s.window;
  const wmask = s.w_mask;
  const prev = s.prev;
  const strend = s.strstart + MAX_MATCH;
  let scan_end1 = _win[scan + best_len - 1];
  let scan_end = _win[scan + best_len];
  if (s.prev_length >= s.good_match) chain_length >>= 2;
  if (nice_match > s.lookahead) nice_match = s.lookahead;
  do {
    match = cur_match;
    if (_win[match + best_len] !== scan_end || _win[match + best_len - 1] !== scan_end1 || _win[match] !== _win[scan] || _win[++match] !== _win[scan + 1]) continue;
    scan += 2;
    match++;
    do
      ;
    while (_win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && scan < strend);
    len = MAX_MATCH - (strend - scan);
    scan = strend - MAX_MATCH;
    if (len > best_len) {
      s.match_start = cur_match;
      best_len = len;
      if (len >= nice_match) break;
      scan_end1 = _win[scan + best_len - 1];
      scan_end = _win[scan + best_len];
    }
  } while ((cur_match = prev[cur_match & wmask]) > limit && --chain_length !== 0);
  if (best_len <= s.lookahead) return best_len;
  return s.lookahead;
};
var fill_window = (s) => {
  const _w_size = s.w_size;
  let n, more, str;
  do {
    more = s.window_size - s.lookahead - s.strstart;
    if (s.strstart >= _w_size + (_w_size - MIN_LOOKAHEAD)) {
      s.window.set(s.window.subarray(_w_size, _w_size + _w_size - more), 0);
      s.match_start -= _w_size;
      s.strstart -= _w_size;
      s.block_start -= _w_size;
      if (s.insert > s.strstart) s.insert = s.strstart;
      slide_hash(s);
      more += _w_size;
    }
    if (s.strm.avail_in === 0) break;
    n = read_buf(s.strm, s.window, s.strstart + s.lookahead, more);
    s.lookahead += n;
    if (!s.legacy_hash) {
      if (s.lookahead + s.insert > MIN_MATCH) {
        str = s.strstart - s.insert;
        while (s.insert) {
          INSERT_STRING(s, str);
          str++;
          s.insert--;
          if (s.lookahead + s.insert <= MIN_MATCH) break;
        }
      }
    } else if (s.lookahead + s.insert >= MIN_MATCH) {
      str = s.strstart - s.insert;
      s.ins_h = s.window[str];
      s.ins_h = HASH(s, s.ins_h, s.window[str + 1]);
      while (s.insert) {
        INSERT_STRING(s, str);
        str++;
        s.insert--;
        if (s.lookahead + s.insert < MIN_MATCH) break;
      }
    }
  } while (s.lookahead < MIN_LOOKAHEAD && s.strm.avail_in !== 0);
};
var deflate_stored = (s, flush) => {
  let min_block = s.pending_buf_size - 5 > s.w_size ? s.w_size : s.pending_buf_size - 5;
  let len, left, have, last = 0;
  let used = s.strm.avail_in;
  do {
    len = 65535;
    have = s.bi_valid + 42 >> 3;
    if (s.strm.avail_out < have) break;
    have = s.strm.avail_out - have;
    left = s.strstart - s.block_start;
    if (len > left + s.strm.avail_in) len = left + s.strm.avail_in;
    if (len > have) len = have;
    if (len < min_block && (len === 0 && flush !== 4 || flush === 0 || len !== left + s.strm.avail_in)) break;
    last = flush === 4 && len === left + s.strm.avail_in ? 1 : 0;
    _tr_stored_block(s, 0, 0, last);
    s.pending_buf[s.pending - 4] = len;
    s.pending_buf[s.pending - 3] = len >> 8;
    s.pending_buf[s.pending - 2] = ~len;
    s.pending_buf[s.pending - 1] = ~len >> 8;
    flush_pending(s.strm);
    if (left) {
      if (left > len) left = len;
      s.strm.output.set(s.window.subarray(s.block_start, s.block_start + left), s.strm.next_out);
      s.strm.next_out += left;
      s.strm.avail_out -= left;
      s.strm.total_out += left;
      s.block_start += left;
      len -= left;
    }
    if (len) {
      read_buf(s.strm, s.strm.output, s.strm.next_out, len);
      s.strm.next_out += len;
      s.strm.avail_out -= len;
      s.strm.total_out += len;
    }
  } while (last === 0);
  used -= s.strm.avail_in;
  if (used) {
    if (used >= s.w_size) {
      s.matches = 2;
      s.window.set(s.strm.input.subarray(s.strm.next_in - s.w_size, s.strm.next_in), 0);
      s.strstart = s.w_size;
      s.insert = s.strstart;
    } else {
      if (s.window_size - s.strstart <= used) {
        s.strstart -= s.w_size;
        s.window.set(s.window.subarray(s.w_size, s.w_size + s.strstart), 0);
        if (s.matches < 2) s.matches++;
        if (s.insert > s.strstart) s.insert = s.strstart;
      }
      s.window.set(s.strm.input.subarray(s.strm.next_in - used, s.strm.next_in), s.strstart);
      s.strstart += used;
      s.insert += used > s.w_size - s.insert ? s.w_size - s.insert : used;
    }
    s.block_start = s.strstart;
  }
  if (s.high_water < s.strstart) s.high_water = s.strstart;
  if (last) return BS_FINISH_DONE;
  if (flush !== 0 && flush !== 4 && s.strm.avail_in === 0 && s.strstart === s.block_start) return BS_BLOCK_DONE;
  have = s.window_size - s.strstart;
  if (s.strm.avail_in > have && s.block_start >= s.w_size) {
    s.block_start -= s.w_size;
    s.strstart -= s.w_size;
    s.window.set(s.window.subarray(s.w_size, s.w_size + s.strstart), 0);
    if (s.matches < 2) s.matches++;
    have += s.w_size;
    if (s.insert > s.strstart) s.insert = s.strstart;
  }
  if (have > s.strm.avail_in) have = s.strm.avail_in;
  if (have) {
    read_buf(s.strm, s.window, s.strstart, have);
    s.strstart += have;
    s.insert += have > s.w_size - s.insert ? s.w_size - s.insert : have;
  }
  if (s.high_water < s.strstart) s.high_water = s.strstart;
  have = s.bi_valid + 42 >> 3;
  have = s.pending_buf_size - have > 65535 ? 65535 : s.pending_buf_size - have;
  min_block = have > s.w_size ? s.w_size : have;
  left = s.strstart - s.block_start;
  if (left >= min_block || (left || flush === 4) && flush !== 0 && s.strm.avail_in === 0 && left <= have) {
    len = left > have ? have : left;
    last = flush === 4 && s.strm.avail_in === 0 && len === left ? 1 : 0;
    _tr_stored_block(s, s.block_start, len, last);
    s.block_start += len;
    flush_pending(s.strm);
  }
  return last ? BS_FINISH_STARTED : BS_NEED_MORE;
};
var deflate_fast = (s, flush) => {
  let hash_head;
  let bflush;
  for (; ; ) {
    if (s.lookahead < MIN_LOOKAHEAD) {
      fill_window(s);
      if (s.lookahead < MIN_LOOKAHEAD && flush === 0) return BS_NEED_MORE;
      if (s.lookahead === 0) break;
    }
    hash_head = 0;
    if (s.lookahead >= MIN_MATCH) hash_head = INSERT_STRING(s, s.strstart);
    if (hash_head !== 0 && s.strstart - hash_head <= s.w_size - MIN_LOOKAHEAD) s.match_length = longest_match(s, hash_head);
    if (s.match_length >= MIN_MATCH) {
      bflush = _tr_tally(s, s.strstart - s.match_start, s.match_length - MIN_MATCH);
      s.lookahead -= s.match_length;
      if (s.match_length <= s.max_lazy_match && s.lookahead >= MIN_MATCH) {
        s.match_length--;
        do {
          s.strstart++;
          hash_head = INSERT_STRING(s, s.strstart);
        } while (--s.match_length !== 0);
        s.strstart++;
      } else {
        s.strstart += s.match_length;
        s.match_length = 0;
        if (s.legacy_hash) {
          s.ins_h = s.window[s.strstart];
          s.ins_h = HASH(s, s.ins_h, s.window[s.strstart + 1]);
        }
      }
    } else {
      bflush = _tr_tally(s, 0, s.window[s.strstart]);
      s.lookahead--;
      s.strstart++;
    }
    if (bflush) {
      flush_block_only(s, false);
      if (s.strm.avail_out === 0) return BS_NEED_MORE;
    }
  }
  s.insert = s.strstart < MIN_MATCH - 1 ? s.strstart : MIN_MATCH - 1;
  if (flush === 4) {
    flush_block_only(s, true);
    if (s.strm.avail_out === 0) return BS_FINISH_STARTED;
    return BS_FINISH_DONE;
  }
  if (s.sym_next) {
    flush_block_only(s, false);
    if (s.strm.avail_out === 0) return BS_NEED_MORE;
  }
  return BS_BLOCK_DONE;
};
var deflate_slow = (s, flush) => {
  let hash_head;
  let bflush;
  let max_insert;
  for (; ; ) {
    if (s.lookahead < MIN_LOOKAHEAD) {
      fill_window(s);
      if (s.lookahead < MIN_LOOKAHEAD && flush === 0) return BS_NEED_MORE;
      if (s.lookahead === 0) break;
    }
    hash_head = 0;
    if (s.lookahead >= MIN_MATCH) hash_head = INSERT_STRING(s, s.strstart);
    s.prev_length = s.match_length;
    s.prev_match = s.match_start;
    s.match_length = MIN_MATCH - 1;
    if (hash_head !== 0 && s.prev_length < s.max_lazy_match && s.strstart - hash_head <= s.w_size - MIN_LOOKAHEAD) {
      s.match_length = longest_match(s, hash_head);
      if (s.match_length <= 5 && (s.strategy === 1 || s.match_length === MIN_MATCH && s.strstart - s.match_start > 4096)) s.match_length = MIN_MATCH - 1;
    }
    if (s.prev_length >= MIN_MATCH && s.match_length <= s.prev_length) {
      max_insert = s.strstart + s.lookahead - MIN_MATCH;
      bflush = _tr_tally(s, s.strstart - 1 - s.prev_match, s.prev_length - MIN_MATCH);
      s.lookahead -= s.prev_length - 1;
      s.prev_length -= 2;
      do
        if (++s.strstart <= max_insert) hash_head = INSERT_STRING(s, s.strstart);
      while (--s.prev_length !== 0);
      s.match_available = 0;
      s.match_length = MIN_MATCH - 1;
      s.strstart++;
      if (bflush) {
        flush_block_only(s, false);
        if (s.strm.avail_out === 0) return BS_NEED_MORE;
      }
    } else if (s.match_available) {
      bflush = _tr_tally(s, 0, s.window[s.strstart - 1]);
      if (bflush)
        flush_block_only(s, false);
      s.strstart++;
      s.lookahead--;
      if (s.strm.avail_out === 0) return BS_NEED_MORE;
    } else {
      s.match_available = 1;
      s.strstart++;
      s.lookahead--;
    }
  }
  if (s.match_available) {
    bflush = _tr_tally(s, 0, s.window[s.strstart - 1]);
    s.match_available = 0;
  }
  s.insert = s.strstart < MIN_MATCH - 1 ? s.strstart : MIN_MATCH - 1;
  if (flush === 4) {
    flush_block_only(s, true);
    if (s.strm.avail_out === 0) return BS_FINISH_STARTED;
    return BS_FINISH_DONE;
  }
  if (s.sym_next) {
    flush_block_only(s, false);
    if (s.strm.avail_out === 0) return BS_NEED_MORE;
  }
  return BS_BLOCK_DONE;
};
var Config = class {
  constructor(good_length, max_lazy, nice_length, max_chain, func) {
    this.good_length = good_length;
    this.max_lazy = max_lazy;
    this.nice_length = nice_length;
    this.max_chain = max_chain;
    this.func = func;
  }
};
var configuration_table = [
  new Config(0, 0, 0, 0, deflate_stored),
  new Config(4, 4, 8, 4, deflate_fast),
  new Config(4, 5, 16, 8, deflate_fast),
  new Config(4, 6, 32, 32, deflate_fast),
  new Config(4, 4, 16, 16, deflate_slow),
  new Config(8, 16, 32, 32, deflate_slow),
  new Config(8, 16, 128, 128, deflate_slow),
  new Config(8, 32, 128, 256, deflate_slow),
  new Config(32, 128, 258, 1024, deflate_slow),
  new Config(32, 258, 258, 4096, deflate_slow)
];
var BAD$1 = 16209;
var TYPE$1 = 16191;
function inflate_fast(strm, start) {
  let _in;
  let last;
  let _out;
  let beg;
  let end;
  let dmax;
  let wsize;
  let whave;
  let wnext;
  let s_window;
  let hold;
  let bits;
  let lcode;
  let dcode;
  let lmask;
  let dmask;
  let here;
  let op;
  let len;
  let dist;
  let from;
  let from_source;
  let input, output;
  const state = strm.state;
  _in = strm.next_in;
  input = strm.input;
  last = _in + (strm.avail_in - 5);
  _out = strm.next_out;
  output = strm.output;
  beg = _out - (start - strm.avail_out);
  end = _out + (strm.avail_out - 257);
  dmax = state.dmax;
  wsize = state.wsize;
  whave = state.whave;
  wnext = state.wnext;
  s_window = state.window;
  hold = state.hold;
  bits = state.bits;
  lcode = state.lencode;
  dcode = state.distcode;
  lmask = (1 << state.lenbits) - 1;
  dmask = (1 << state.distbits) - 1;
  top: do {
    if (bits < 15) {
      hold += input[_in++] << bits;
      bits += 8;
      hold += input[_in++] << bits;
      bits += 8;
    }
    here = lcode[hold & lmask];
    dolen: for (; ; ) {
      op = here >>> 24;
      hold >>>= op;
      bits -= op;
      op = here >>> 16 & 255;
      if (op === 0) output[_out++] = here & 65535;
      else if (op & 16) {
        len = here & 65535;
        op &= 15;
        if (op) {
          if (bits < op) {
            hold += input[_in++] << bits;
            bits += 8;
          }
          len += hold & (1 << op) - 1;
          hold >>>= op;
          bits -= op;
        }
        if (bits < 15) {
          hold += input[_in++] << bits;
          bits += 8;
          hold += input[_in++] << bits;
          bits += 8;
        }
        here = dcode[hold & dmask];
        dodist: for (; ; ) {
          op = here >>> 24;
          hold >>>= op;
          bits -= op;
          op = here >>> 16 & 255;
          if (op & 16) {
            dist = here & 65535;
            op &= 15;
            if (bits < op) {
              hold += input[_in++] << bits;
              bits += 8;
              if (bits < op) {
                hold += input[_in++] << bits;
                bits += 8;
              }
            }
            dist += hold & (1 << op) - 1;
            if (dist > dmax) {
              strm.msg = "invalid distance too far back";
              state.mode = BAD$1;
              break top;
            }
            hold >>>= op;
            bits -= op;
            op = _out - beg;
            if (dist > op) {
              op = dist - op;
              if (op > whave) {
                if (state.sane) {
                  strm.msg = "invalid distance too far back";
                  state.mode = BAD$1;
                  break top;
                }
              }
              from = 0;
              from_source = s_window;
              if (wnext === 0) {
                from += wsize - op;
                if (op < len) {
                  len -= op;
                  do
                    output[_out++] = s_window[from++];
                  while (--op);
                  from = _out - dist;
                  from_source = output;
                }
              } else if (wnext < op) {
                from += wsize + wnext - op;
                op -= wnext;
                if (op < len) {
                  len -= op;
                  do
                    output[_out++] = s_window[from++];
                  while (--op);
                  from = 0;
                  if (wnext < len) {
                    op = wnext;
                    len -= op;
                    do
                      output[_out++] = s_window[from++];
                    while (--op);
                    from = _out - dist;
                    from_source = output;
                  }
                }
              } else {
                from += wnext - op;
                if (op < len) {
                  len -= op;
                  do
                    output[_out++] = s_window[from++];
                  while (--op);
                  from = _out - dist;
                  from_source = output;
                }
              }
              while (len > 2) {
                output[_out++] = from_source[from++];
                output[_out++] = from_source[from++];
                output[_out++] = from_source[from++];
                len -= 3;
              }
              if (len) {
                output[_out++] = from_source[from++];
                if (len > 1) output[_out++] = from_source[from++];
              }
            } else {
              from = _out - dist;
              do {
                output[_out++] = output[from++];
                output[_out++] = output[from++];
                output[_out++] = output[from++];
                len -= 3;
              } while (len > 2);
              if (len) {
                output[_out++] = output[from++];
                if (len > 1) output[_out++] = output[from++];
              }
            }
          } else if ((op & 64) === 0) {
            here = dcode[(here & 65535) + (hold & (1 << op) - 1)];
            continue dodist;
          } else {
            strm.msg = "invalid distance code";
            state.mode = BAD$1;
            break top;
          }
          break;
        }
      } else if ((op & 64) === 0) {
        here = lcode[(here & 65535) + (hold & (1 << op) - 1)];
        continue dolen;
      } else if (op & 32) {
        state.mode = TYPE$1;
        break top;
      } else {
        strm.msg = "invalid literal/length code";
        state.mode = BAD$1;
        break top;
      }
      break;
    }
  } while (_in < last && _out < end);
  len = bits >> 3;
  _in -= len;
  bits -= len << 3;
  hold &= (1 << bits) - 1;
  strm.next_in = _in;
  strm.next_out = _out;
  strm.avail_in = _in < last ? 5 + (last - _in) : 5 - (_in - last);
  strm.avail_out = _out < end ? 257 + (end - _out) : 257 - (_out - end);
  state.hold = hold;
  state.bits = bits;
}
var MAXBITS = 15;
var ENOUGH_LENS$1 = 852;
var ENOUGH_DISTS$1 = 592;
var CODES$1 = 0;
var LENS$1 = 1;
var DISTS$1 = 2;
var lbase = new Uint16Array([
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  13,
  15,
  17,
  19,
  23,
  27,
  31,
  35,
  43,
  51,
  59,
  67,
  83,
  99,
  115,
  131,
  163,
  195,
  227,
  258,
  0,
  0
]);
var lext = new Uint8Array([
  16,
  16,
  16,
  16,
  16,
  16,
  16,
  16,
  17,
  17,
  17,
  17,
  18,
  18,
  18,
  18,
  19,
  19,
  19,
  19,
  20,
  20,
  20,
  20,
  21,
  21,
  21,
  21,
  16,
  199,
  75
]);
var dbase = new Uint16Array([
  1,
  2,
  3,
  4,
  5,
  7,
  9,
  13,
  17,
  25,
  33,
  49,
  65,
  97,
  129,
  193,
  257,
  385,
  513,
  769,
  1025,
  1537,
  2049,
  3073,
  4097,
  6145,
  8193,
  12289,
  16385,
  24577,
  0,
  0
]);
var dext = new Uint8Array([
  16,
  16,
  16,
  16,
  17,
  17,
  18,
  18,
  19,
  19,
  20,
  20,
  21,
  21,
  22,
  22,
  23,
  23,
  24,
  24,
  25,
  25,
  26,
  26,
  27,
  27,
  28,
  28,
  29,
  29,
  64,
  64
]);
var inflate_table = (type, lens, lens_index, codes, table2, table_index, work, opts) => {
  const bits = opts.bits;
  let len = 0;
  let sym = 0;
  let min = 0, max = 0;
  let root = 0;
  let curr = 0;
  let drop = 0;
  let left = 0;
  let used = 0;
  let huff = 0;
  let incr;
  let fill2;
  let low;
  let mask;
  let next;
  let base = null;
  let match;
  const count = /* @__PURE__ */ new Uint16Array(16);
  const offs = /* @__PURE__ */ new Uint16Array(16);
  let extra = null;
  let here_bits, here_op, here_val;
  for (len = 0; len <= MAXBITS; len++) count[len] = 0;
  for (sym = 0; sym < codes; sym++) count[lens[lens_index + sym]]++;
  root = bits;
  for (max = MAXBITS; max >= 1; max--) if (count[max] !== 0) break;
  if (root > max) root = max;
  if (max === 0) {
    table2[table_index++] = 20971520;
    table2[table_index++] = 20971520;
    opts.bits = 1;
    return 0;
  }
  for (min = 1; min < max; min++) if (count[min] !== 0) break;
  if (root < min) root = min;
  left = 1;
  for (len = 1; len <= MAXBITS; len++) {
    left <<= 1;
    left -= count[len];
    if (left < 0) return -1;
  }
  if (left > 0 && (type === CODES$1 || max !== 1)) return -1;
  offs[1] = 0;
  for (len = 1; len < MAXBITS; len++) offs[len + 1] = offs[len] + count[len];
  for (sym = 0; sym < codes; sym++) if (lens[lens_index + sym] !== 0) work[offs[lens[lens_index + sym]]++] = sym;
  if (type === CODES$1) {
    base = extra = work;
    match = 20;
  } else if (type === LENS$1) {
    base = lbase;
    extra = lext;
    match = 257;
  } else {
    base = dbase;
    extra = dext;
    match = 0;
  }
  huff = 0;
  sym = 0;
  len = min;
  next = table_index;
  curr = root;
  drop = 0;
  low = -1;
  used = 1 << root;
  mask = used - 1;
  if (type === LENS$1 && used > ENOUGH_LENS$1 || type === DISTS$1 && used > ENOUGH_DISTS$1) return 1;
  for (; ; ) {
    here_bits = len - drop;
    if (work[sym] + 1 < match) {
      here_op = 0;
      here_val = work[sym];
    } else if (work[sym] >= match) {
      here_op = extra[work[sym] - match];
      here_val = base[work[sym] - match];
    } else {
      here_op = 96;
      here_val = 0;
    }
    incr = 1 << len - drop;
    fill2 = 1 << curr;
    min = fill2;
    do {
      fill2 -= incr;
      table2[next + (huff >> drop) + fill2] = here_bits << 24 | here_op << 16 | here_val | 0;
    } while (fill2 !== 0);
    incr = 1 << len - 1;
    while (huff & incr) incr >>= 1;
    if (incr !== 0) {
      huff &= incr - 1;
      huff += incr;
    } else huff = 0;
    sym++;
    if (--count[len] === 0) {
      if (len === max) break;
      len = lens[lens_index + work[sym]];
    }
    if (len > root && (huff & mask) !== low) {
      if (drop === 0) drop = root;
      next += min;
      curr = len - drop;
      left = 1 << curr;
      while (curr + drop < max) {
        left -= count[curr + drop];
        if (left <= 0) break;
        curr++;
        left <<= 1;
      }
      used += 1 << curr;
      if (type === LENS$1 && used > ENOUGH_LENS$1 || type === DISTS$1 && used > ENOUGH_DISTS$1) return 1;
      low = huff & mask;
      table2[low] = root << 24 | curr << 16 | next - table_index | 0;
    }
  }
  if (huff !== 0) table2[next + huff] = len - drop << 24 | 4194304;
  opts.bits = root;
  return 0;
};
var CODES = 0;
var LENS = 1;
var DISTS = 2;
var HEAD = 16180;
var FLAGS = 16181;
var TIME = 16182;
var OS = 16183;
var EXLEN = 16184;
var EXTRA = 16185;
var NAME = 16186;
var COMMENT = 16187;
var HCRC = 16188;
var DICTID = 16189;
var DICT = 16190;
var TYPE = 16191;
var TYPEDO = 16192;
var STORED = 16193;
var COPY_ = 16194;
var COPY = 16195;
var TABLE = 16196;
var LENLENS = 16197;
var CODELENS = 16198;
var LEN_ = 16199;
var LEN = 16200;
var LENEXT = 16201;
var DIST = 16202;
var DISTEXT = 16203;
var MATCH = 16204;
var LIT = 16205;
var CHECK = 16206;
var LENGTH = 16207;
var DONE = 16208;
var BAD = 16209;
var MEM = 16210;
var SYNC = 16211;
var ENOUGH_LENS = 852;
var ENOUGH_DISTS = 592;
var zswap32 = (q) => {
  return (q >>> 24 & 255) + (q >>> 8 & 65280) + ((q & 65280) << 8) + ((q & 255) << 24);
};
var InflateState = class {
  constructor() {
    this.strm = null;
    this.mode = 0;
    this.last = false;
    this.wrap = 0;
    this.havedict = false;
    this.flags = 0;
    this.dmax = 0;
    this.check = 0;
    this.total = 0;
    this.head = null;
    this.wbits = 0;
    this.wsize = 0;
    this.whave = 0;
    this.wnext = 0;
    this.window = null;
    this.hold = 0;
    this.bits = 0;
    this.length = 0;
    this.offset = 0;
    this.extra = 0;
    this.lencode = null;
    this.distcode = null;
    this.lenbits = 0;
    this.distbits = 0;
    this.ncode = 0;
    this.nlen = 0;
    this.ndist = 0;
    this.have = 0;
    this.next = null;
    this.lens = /* @__PURE__ */ new Uint16Array(320);
    this.work = /* @__PURE__ */ new Uint16Array(288);
    this.lendyn = null;
    this.distdyn = null;
    this.sane = 0;
    this.back = 0;
    this.was = 0;
  }
};
var inflateStateCheck = (strm) => {
  if (!strm) return 1;
  const state = strm.state;
  if (!state || state.strm !== strm || state.mode < HEAD || state.mode > SYNC) return 1;
  return 0;
};
var inflateResetKeep = (strm) => {
  if (inflateStateCheck(strm)) return -2;
  const state = strm.state;
  strm.total_in = strm.total_out = state.total = 0;
  strm.msg = "";
  if (state.wrap) strm.adler = state.wrap & 1;
  state.mode = HEAD;
  state.last = 0;
  state.havedict = 0;
  state.flags = -1;
  state.dmax = 32768;
  state.head = null;
  state.hold = 0;
  state.bits = 0;
  state.lencode = state.lendyn = new Int32Array(ENOUGH_LENS);
  state.distcode = state.distdyn = new Int32Array(ENOUGH_DISTS);
  state.sane = 1;
  state.back = -1;
  return 0;
};
var inflateReset = (strm) => {
  if (inflateStateCheck(strm)) return -2;
  const state = strm.state;
  state.wsize = 0;
  state.whave = 0;
  state.wnext = 0;
  return inflateResetKeep(strm);
};
var inflateReset2 = (strm, windowBits) => {
  let wrap;
  if (inflateStateCheck(strm)) return -2;
  const state = strm.state;
  if (windowBits < 0) {
    wrap = 0;
    windowBits = -windowBits;
  } else {
    wrap = (windowBits >> 4) + 5;
    if (windowBits < 48) windowBits &= 15;
  }
  if (windowBits && (windowBits < 8 || windowBits > 15)) return -2;
  if (state.window !== null && state.wbits !== windowBits) state.window = null;
  state.wrap = wrap;
  state.wbits = windowBits;
  return inflateReset(strm);
};
var inflateInit2 = (strm, windowBits) => {
  if (!strm) return -2;
  const state = new InflateState();
  strm.state = state;
  state.strm = strm;
  state.window = null;
  state.mode = HEAD;
  const ret = inflateReset2(strm, windowBits);
  if (ret !== 0) strm.state = null;
  return ret;
};
var virgin = true;
var lenfix;
var distfix;
var fixedtables = (state) => {
  if (virgin) {
    lenfix = /* @__PURE__ */ new Int32Array(512);
    distfix = /* @__PURE__ */ new Int32Array(32);
    let sym = 0;
    while (sym < 144) state.lens[sym++] = 8;
    while (sym < 256) state.lens[sym++] = 9;
    while (sym < 280) state.lens[sym++] = 7;
    while (sym < 288) state.lens[sym++] = 8;
    inflate_table(LENS, state.lens, 0, 288, lenfix, 0, state.work, { bits: 9 });
    sym = 0;
    while (sym < 32) state.lens[sym++] = 5;
    inflate_table(DISTS, state.lens, 0, 32, distfix, 0, state.work, { bits: 5 });
    virgin = false;
  }
  state.lencode = lenfix;
  state.lenbits = 9;
  state.distcode = distfix;
  state.distbits = 5;
};
var updatewindow = (strm, src, end, copy) => {
  let dist;
  const state = strm.state;
  if (state.window === null) state.window = new Uint8Array(1 << state.wbits);
  if (state.wsize === 0) {
    state.wsize = 1 << state.wbits;
    state.wnext = 0;
    state.whave = 0;
  }
  if (copy >= state.wsize) {
    state.window.set(src.subarray(end - state.wsize, end), 0);
    state.wnext = 0;
    state.whave = state.wsize;
  } else {
    dist = state.wsize - state.wnext;
    if (dist > copy) dist = copy;
    state.window.set(src.subarray(end - copy, end - copy + dist), state.wnext);
    copy -= dist;
    if (copy) {
      state.window.set(src.subarray(end - copy, end), 0);
      state.wnext = copy;
      state.whave = state.wsize;
    } else {
      state.wnext += dist;
      if (state.wnext === state.wsize) state.wnext = 0;
      if (state.whave < state.wsize) state.whave += dist;
    }
  }
  return 0;
};
var inflate$1 = (strm, flush) => {
  let state;
  let input, output;
  let next;
  let put;
  let have, left;
  let hold;
  let bits;
  let _in, _out;
  let copy;
  let from;
  let from_source;
  let here = 0;
  let here_bits, here_op, here_val;
  let last_bits, last_op, last_val;
  let len;
  let ret;
  const hbuf = /* @__PURE__ */ new Uint8Array(4);
  let opts;
  let n;
  const order = new Uint8Array([
    16,
    17,
    18,
    0,
    8,
    7,
    9,
    6,
    10,
    5,
    11,
    4,
    12,
    3,
    13,
    2,
    14,
    1,
    15
  ]);
  if (inflateStateCheck(strm) || !strm.output || !strm.input && strm.avail_in !== 0) return -2;
  state = strm.state;
  if (state.mode === TYPE) state.mode = TYPEDO;
  put = strm.next_out;
  output = strm.output;
  left = strm.avail_out;
  next = strm.next_in;
  input = strm.input;
  have = strm.avail_in;
  hold = state.hold;
  bits = state.bits;
  _in = have;
  _out = left;
  ret = 0;
  inf_leave: for (; ; ) switch (state.mode) {
    case HEAD:
      if (state.wrap === 0) {
        state.mode = TYPEDO;
        break;
      }
      while (bits < 16) {
        if (have === 0) break inf_leave;
        have--;
        hold += input[next++] << bits;
        bits += 8;
      }
      if (state.wrap & 2 && hold === 35615) {
        if (state.wbits === 0) state.wbits = 15;
        state.check = 0;
        hbuf[0] = hold & 255;
        hbuf[1] = hold >>> 8 & 255;
        state.check = crc32(state.check, hbuf, 2, 0);
        hold = 0;
        bits = 0;
        state.mode = FLAGS;
        break;
      }
      if (state.head) state.head.done = false;
      if (!(state.wrap & 1) || (((hold & 255) << 8) + (hold >> 8)) % 31) {
        strm.msg = "incorrect header check";
        state.mode = BAD;
        break;
      }
      if ((hold & 15) !== 8) {
        strm.msg = "unknown compression method";
        state.mode = BAD;
        break;
      }
      hold >>>= 4;
      bits -= 4;
      len = (hold & 15) + 8;
      if (state.wbits === 0) state.wbits = len;
      if (len > 15 || len > state.wbits) {
        strm.msg = "invalid window size";
        state.mode = BAD;
        break;
      }
      state.dmax = 1 << state.wbits;
      state.flags = 0;
      strm.adler = state.check = 1;
      state.mode = hold & 512 ? DICTID : TYPE;
      hold = 0;
      bits = 0;
      break;
    case FLAGS:
      while (bits < 16) {
        if (have === 0) break inf_leave;
        have--;
        hold += input[next++] << bits;
        bits += 8;
      }
      state.flags = hold;
      if ((state.flags & 255) !== 8) {
        strm.msg = "unknown compression method";
        state.mode = BAD;
        break;
      }
      if (state.flags & 57344) {
        strm.msg = "unknown header flags set";
        state.mode = BAD;
        break;
      }
      if (state.head) state.head.text = hold >> 8 & 1;
      if (state.flags & 512 && state.wrap & 4) {
        hbuf[0] = hold & 255;
        hbuf[1] = hold >>> 8 & 255;
        state.check = crc32(state.check, hbuf, 2, 0);
      }
      hold = 0;
      bits = 0;
      state.mode = TIME;
    case TIME:
      while (bits < 32) {
        if (have === 0) break inf_leave;
        have--;
        hold += input[next++] << bits;
        bits += 8;
      }
      if (state.head) state.head.time = hold >>> 0;
      if (state.flags & 512 && state.wrap & 4) {
        hbuf[0] = hold & 255;
        hbuf[1] = hold >>> 8 & 255;
        hbuf[2] = hold >>> 16 & 255;
        hbuf[3] = hold >>> 24 & 255;
        state.check = crc32(state.check, hbuf, 4, 0);
      }
      hold = 0;
      bits = 0;
      state.mode = OS;
    case OS:
      while (bits < 16) {
        if (have === 0) break inf_leave;
        have--;
        hold += input[next++] << bits;
        bits += 8;
      }
      if (state.head) {
        state.head.xflags = hold & 255;
        state.head.os = hold >> 8;
      }
      if (state.flags & 512 && state.wrap & 4) {
        hbuf[0] = hold & 255;
        hbuf[1] = hold >>> 8 & 255;
        state.check = crc32(state.check, hbuf, 2, 0);
      }
      hold = 0;
      bits = 0;
      state.mode = EXLEN;
    case EXLEN:
      if (state.flags & 1024) {
        while (bits < 16) {
          if (have === 0) break inf_leave;
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        state.length = hold;
        if (state.head) state.head.extra_len = hold;
        if (state.flags & 512 && state.wrap & 4) {
          hbuf[0] = hold & 255;
          hbuf[1] = hold >>> 8 & 255;
          state.check = crc32(state.check, hbuf, 2, 0);
        }
        hold = 0;
        bits = 0;
      } else if (state.head) state.head.extra = null;
      state.mode = EXTRA;
    case EXTRA:
      if (state.flags & 1024) {
        copy = state.length;
        if (copy > have) copy = have;
        if (copy) {
          if (state.head) {
            len = state.head.extra_len - state.length;
            if (!state.head.extra) state.head.extra = new Uint8Array(state.head.extra_len);
            state.head.extra.set(input.subarray(next, next + copy), len);
          }
          if (state.flags & 512 && state.wrap & 4) state.check = crc32(state.check, input, copy, next);
          have -= copy;
          next += copy;
          state.length -= copy;
        }
        if (state.length) break inf_leave;
      }
      state.length = 0;
      state.mode = NAME;
    case NAME:
      if (state.flags & 2048) {
        if (have === 0) break inf_leave;
        copy = 0;
        do {
          len = input[next + copy++];
          if (state.head && len && state.length < 65536) {
            state.head.name += String.fromCharCode(len);
            state.length++;
          }
        } while (len && copy < have);
        if (state.flags & 512 && state.wrap & 4) state.check = crc32(state.check, input, copy, next);
        have -= copy;
        next += copy;
        if (len) break inf_leave;
      } else if (state.head) state.head.name = null;
      state.length = 0;
      state.mode = COMMENT;
    case COMMENT:
      if (state.flags & 4096) {
        if (have === 0) break inf_leave;
        copy = 0;
        do {
          len = input[next + copy++];
          if (state.head && len && state.length < 65536) {
            state.head.comment += String.fromCharCode(len);
            state.length++;
          }
        } while (len && copy < have);
        if (state.flags & 512 && state.wrap & 4) state.check = crc32(state.check, input, copy, next);
        have -= copy;
        next += copy;
        if (len) break inf_leave;
      } else if (state.head) state.head.comment = null;
      state.mode = HCRC;
    case HCRC:
      if (state.flags & 512) {
        while (bits < 16) {
          if (have === 0) break inf_leave;
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        if (state.wrap & 4 && hold !== (state.check & 65535)) {
          strm.msg = "header crc mismatch";
          state.mode = BAD;
          break;
        }
        hold = 0;
        bits = 0;
      }
      if (state.head) {
        state.head.hcrc = state.flags >> 9 & 1;
        state.head.done = true;
      }
      strm.adler = state.check = 0;
      state.mode = TYPE;
      break;
    case DICTID:
      while (bits < 32) {
        if (have === 0) break inf_leave;
        have--;
        hold += input[next++] << bits;
        bits += 8;
      }
      strm.adler = state.check = zswap32(hold);
      hold = 0;
      bits = 0;
      state.mode = DICT;
    case DICT:
      if (state.havedict === 0) {
        strm.next_out = put;
        strm.avail_out = left;
        strm.next_in = next;
        strm.avail_in = have;
        state.hold = hold;
        state.bits = bits;
        return 2;
      }
      strm.adler = state.check = 1;
      state.mode = TYPE;
    case TYPE:
      if (flush === 5 || flush === 6) break inf_leave;
    case TYPEDO:
      if (state.last) {
        hold >>>= bits & 7;
        bits -= bits & 7;
        state.mode = CHECK;
        break;
      }
      while (bits < 3) {
        if (have === 0) break inf_leave;
        have--;
        hold += input[next++] << bits;
        bits += 8;
      }
      state.last = hold & 1;
      hold >>>= 1;
      bits -= 1;
      switch (hold & 3) {
        case 0:
          state.mode = STORED;
          break;
        case 1:
          fixedtables(state);
          state.mode = LEN_;
          if (flush === 6) {
            hold >>>= 2;
            bits -= 2;
            break inf_leave;
          }
          break;
        case 2:
          state.mode = TABLE;
          break;
        case 3:
          strm.msg = "invalid block type";
          state.mode = BAD;
      }
      hold >>>= 2;
      bits -= 2;
      break;
    case STORED:
      hold >>>= bits & 7;
      bits -= bits & 7;
      while (bits < 32) {
        if (have === 0) break inf_leave;
        have--;
        hold += input[next++] << bits;
        bits += 8;
      }
      if ((hold & 65535) !== (hold >>> 16 ^ 65535)) {
        strm.msg = "invalid stored block lengths";
        state.mode = BAD;
        break;
      }
      state.length = hold & 65535;
      hold = 0;
      bits = 0;
      state.mode = COPY_;
      if (flush === 6) break inf_leave;
    case COPY_:
      state.mode = COPY;
    case COPY:
      copy = state.length;
      if (copy) {
        if (copy > have) copy = have;
        if (copy > left) copy = left;
        if (copy === 0) break inf_leave;
        output.set(input.subarray(next, next + copy), put);
        have -= copy;
        next += copy;
        left -= copy;
        put += copy;
        state.length -= copy;
        break;
      }
      state.mode = TYPE;
      break;
    case TABLE:
      while (bits < 14) {
        if (have === 0) break inf_leave;
        have--;
        hold += input[next++] << bits;
        bits += 8;
      }
      state.nlen = (hold & 31) + 257;
      hold >>>= 5;
      bits -= 5;
      state.ndist = (hold & 31) + 1;
      hold >>>= 5;
      bits -= 5;
      state.ncode = (hold & 15) + 4;
      hold >>>= 4;
      bits -= 4;
      if (state.nlen > 286 || state.ndist > 30) {
        strm.msg = "too many length or distance symbols";
        state.mode = BAD;
        break;
      }
      state.have = 0;
      state.mode = LENLENS;
    case LENLENS:
      while (state.have < state.ncode) {
        while (bits < 3) {
          if (have === 0) break inf_leave;
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        state.lens[order[state.have++]] = hold & 7;
        hold >>>= 3;
        bits -= 3;
      }
      while (state.have < 19) state.lens[order[state.have++]] = 0;
      state.lencode = state.lendyn;
      state.lenbits = 7;
      opts = { bits: state.lenbits };
      ret = inflate_table(CODES, state.lens, 0, 19, state.lencode, 0, state.work, opts);
      state.lenbits = opts.bits;
      if (ret) {
        strm.msg = "invalid code lengths set";
        state.mode = BAD;
        break;
      }
      state.have = 0;
      state.mode = CODELENS;
    case CODELENS:
      while (state.have < state.nlen + state.ndist) {
        for (; ; ) {
          here = state.lencode[hold & (1 << state.lenbits) - 1];
          here_bits = here >>> 24;
          here_op = here >>> 16 & 255;
          here_val = here & 65535;
          if (here_bits <= bits) break;
          if (have === 0) break inf_leave;
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        if (here_val < 16) {
          hold >>>= here_bits;
          bits -= here_bits;
          state.lens[state.have++] = here_val;
        } else {
          if (here_val === 16) {
            n = here_bits + 2;
            while (bits < n) {
              if (have === 0) break inf_leave;
              have--;
              hold += input[next++] << bits;
              bits += 8;
            }
            hold >>>= here_bits;
            bits -= here_bits;
            if (state.have === 0) {
              strm.msg = "invalid bit length repeat";
              state.mode = BAD;
              break;
            }
            len = state.lens[state.have - 1];
            copy = 3 + (hold & 3);
            hold >>>= 2;
            bits -= 2;
          } else if (here_val === 17) {
            n = here_bits + 3;
            while (bits < n) {
              if (have === 0) break inf_leave;
              have--;
              hold += input[next++] << bits;
              bits += 8;
            }
            hold >>>= here_bits;
            bits -= here_bits;
            len = 0;
            copy = 3 + (hold & 7);
            hold >>>= 3;
            bits -= 3;
          } else {
            n = here_bits + 7;
            while (bits < n) {
              if (have === 0) break inf_leave;
              have--;
              hold += input[next++] << bits;
              bits += 8;
            }
            hold >>>= here_bits;
            bits -= here_bits;
            len = 0;
            copy = 11 + (hold & 127);
            hold >>>= 7;
            bits -= 7;
          }
          if (state.have + copy > state.nlen + state.ndist) {
            strm.msg = "invalid bit length repeat";
            state.mode = BAD;
            break;
          }
          while (copy--) state.lens[state.have++] = len;
        }
      }
      if (state.mode === BAD) break;
      if (state.lens[256] === 0) {
        strm.msg = "invalid code -- missing end-of-block";
        state.mode = BAD;
        break;
      }
      state.lenbits = 9;
      opts = { bits: state.lenbits };
      ret = inflate_table(LENS, state.lens, 0, state.nlen, state.lencode, 0, state.work, opts);
      state.lenbits = opts.bits;
      if (ret) {
        strm.msg = "invalid literal/lengths set";
        state.mode = BAD;
        break;
      }
      state.distbits = 6;
      state.distcode = state.distdyn;
      opts = { bits: state.distbits };
      ret = inflate_table(DISTS, state.lens, state.nlen, state.ndist, state.distcode, 0, state.work, opts);
      state.distbits = opts.bits;
      if (ret) {
        strm.msg = "invalid distances set";
        state.mode = BAD;
        break;
      }
      state.mode = LEN_;
      if (flush === 6) break inf_leave;
    case LEN_:
      state.mode = LEN;
    case LEN:
      if (have >= 6 && left >= 258) {
        strm.next_out = put;
        strm.avail_out = left;
        strm.next_in = next;
        strm.avail_in = have;
        state.hold = hold;
        state.bits = bits;
        inflate_fast(strm, _out);
        put = strm.next_out;
        output = strm.output;
        left = strm.avail_out;
        next = strm.next_in;
        input = strm.input;
        have = strm.avail_in;
        hold = state.hold;
        bits = state.bits;
        if (state.mode === TYPE) state.back = -1;
        break;
      }
      state.back = 0;
      for (; ; ) {
        here = state.lencode[hold & (1 << state.lenbits) - 1];
        here_bits = here >>> 24;
        here_op = here >>> 16 & 255;
        here_val = here & 65535;
        if (here_bits <= bits) break;
        if (have === 0) break inf_leave;
        have--;
        hold += input[next++] << bits;
        bits += 8;
      }
      if (here_op && (here_op & 240) === 0) {
        last_bits = here_bits;
        last_op = here_op;
        last_val = here_val;
        for (; ; ) {
          here = state.lencode[last_val + ((hold & (1 << last_bits + last_op) - 1) >> last_bits)];
          here_bits = here >>> 24;
          here_op = here >>> 16 & 255;
          here_val = here & 65535;
          if (last_bits + here_bits <= bits) break;
          if (have === 0) break inf_leave;
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        hold >>>= last_bits;
        bits -= last_bits;
        state.back += last_bits;
      }
      hold >>>= here_bits;
      bits -= here_bits;
      state.back += here_bits;
      state.length = here_val;
      if (here_op === 0) {
        state.mode = LIT;
        break;
      }
      if (here_op & 32) {
        state.back = -1;
        state.mode = TYPE;
        break;
      }
      if (here_op & 64) {
        strm.msg = "invalid literal/length code";
        state.mode = BAD;
        break;
      }
      state.extra = here_op & 15;
      state.mode = LENEXT;
    case LENEXT:
      if (state.extra) {
        n = state.extra;
        while (bits < n) {
          if (have === 0) break inf_leave;
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        state.length += hold & (1 << state.extra) - 1;
        hold >>>= state.extra;
        bits -= state.extra;
        state.back += state.extra;
      }
      state.was = state.length;
      state.mode = DIST;
    case DIST:
      for (; ; ) {
        here = state.distcode[hold & (1 << state.distbits) - 1];
        here_bits = here >>> 24;
        here_op = here >>> 16 & 255;
        here_val = here & 65535;
        if (here_bits <= bits) break;
        if (have === 0) break inf_leave;
        have--;
        hold += input[next++] << bits;
        bits += 8;
      }
      if ((here_op & 240) === 0) {
        last_bits = here_bits;
        last_op = here_op;
        last_val = here_val;
        for (; ; ) {
          here = state.distcode[last_val + ((hold & (1 << last_bits + last_op) - 1) >> last_bits)];
          here_bits = here >>> 24;
          here_op = here >>> 16 & 255;
          here_val = here & 65535;
          if (last_bits + here_bits <= bits) break;
          if (have === 0) break inf_leave;
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        hold >>>= last_bits;
        bits -= last_bits;
        state.back += last_bits;
      }
      hold >>>= here_bits;
      bits -= here_bits;
      state.back += here_bits;
      if (here_op & 64) {
        strm.msg = "invalid distance code";
        state.mode = BAD;
        break;
      }
      state.offset = here_val;
      state.extra = here_op & 15;
      state.mode = DISTEXT;
    case DISTEXT:
      if (state.extra) {
        n = state.extra;
        while (bits < n) {
          if (have === 0) break inf_leave;
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        state.offset += hold & (1 << state.extra) - 1;
        hold >>>= state.extra;
        bits -= state.extra;
        state.back += state.extra;
      }
      if (state.offset > state.dmax) {
        strm.msg = "invalid distance too far back";
        state.mode = BAD;
        break;
      }
      state.mode = MATCH;
    case MATCH:
      if (left === 0) break inf_leave;
      copy = _out - left;
      if (state.offset > copy) {
        copy = state.offset - copy;
        if (copy > state.whave) {
          if (state.sane) {
            strm.msg = "invalid distance too far back";
            state.mode = BAD;
            break;
          }
        }
        if (copy > state.wnext) {
          copy -= state.wnext;
          from = state.wsize - copy;
        } else from = state.wnext - copy;
        if (copy > state.length) copy = state.length;
        from_source = state.window;
      } else {
        from_source = output;
        from = put - state.offset;
        copy = state.length;
      }
      if (copy > left) copy = left;
      left -= copy;
      state.length -= copy;
      do
        output[put++] = from_source[from++];
      while (--copy);
      if (state.length === 0) state.mode = LEN;
      break;
    case LIT:
      if (left === 0) break inf_leave;
      output[put++] = state.length;
      left--;
      state.mode = LEN;
      break;
    case CHECK:
      if (state.wrap) {
        while (bits < 32) {
          if (have === 0) break inf_leave;
          have--;
          hold |= input[next++] << bits;
          bits += 8;
        }
        _out -= left;
        strm.total_out += _out;
        state.total += _out;
        if (state.wrap & 4 && _out) strm.adler = state.check = state.flags ? crc32(state.check, output, _out, put - _out) : adler32(state.check, output, _out, put - _out);
        _out = left;
        if (state.wrap & 4 && (state.flags ? hold : zswap32(hold)) !== state.check) {
          strm.msg = "incorrect data check";
          state.mode = BAD;
          break;
        }
        hold = 0;
        bits = 0;
      }
      state.mode = LENGTH;
    case LENGTH:
      if (state.wrap && state.flags) {
        while (bits < 32) {
          if (have === 0) break inf_leave;
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        if (state.wrap & 4 && hold !== (state.total & 4294967295)) {
          strm.msg = "incorrect length check";
          state.mode = BAD;
          break;
        }
        hold = 0;
        bits = 0;
      }
      state.mode = DONE;
    case DONE:
      ret = 1;
      break inf_leave;
    case BAD:
      ret = -3;
      break inf_leave;
    case MEM:
      return -4;
    case SYNC:
    default:
      return -2;
  }
  strm.next_out = put;
  strm.avail_out = left;
  strm.next_in = next;
  strm.avail_in = have;
  state.hold = hold;
  state.bits = bits;
  if (state.wsize || _out !== strm.avail_out && state.mode < BAD && (state.mode < CHECK || flush !== 4)) {
    if (updatewindow(strm, strm.output, strm.next_out, _out - strm.avail_out)) {
      state.mode = MEM;
      return -4;
    }
  }
  _in -= strm.avail_in;
  _out -= strm.avail_out;
  strm.total_in += _in;
  strm.total_out += _out;
  state.total += _out;
  if (state.wrap & 4 && _out) strm.adler = state.check = state.flags ? crc32(state.check, output, _out, strm.next_out - _out) : adler32(state.check, output, _out, strm.next_out - _out);
  strm.data_type = state.bits + (state.last ? 64 : 0) + (state.mode === TYPE ? 128 : 0) + (state.mode === LEN_ || state.mode === COPY_ ? 256 : 0);
  if ((_in === 0 && _out === 0 || flush === 4) && ret === 0) ret = -5;
  return ret;
};
var inflateEnd = (strm) => {
  if (inflateStateCheck(strm)) return -2;
  let state = strm.state;
  if (state.window) state.window = null;
  strm.state = null;
  return 0;
};
var inflateSetDictionary = (strm, dictionary) => {
  const dictLength = dictionary.length;
  let state;
  let dictid;
  let ret;
  if (inflateStateCheck(strm)) return -2;
  state = strm.state;
  if (state.wrap !== 0 && state.mode !== DICT) return -2;
  if (state.mode === DICT) {
    dictid = 1;
    dictid = adler32(dictid, dictionary, dictLength, 0);
    if (dictid !== state.check) return -3;
  }
  ret = updatewindow(strm, dictionary, dictLength, dictLength);
  if (ret) {
    state.mode = MEM;
    return -4;
  }
  state.havedict = 1;
  return 0;
};
var ZStream = class {
  constructor() {
    this.input = null;
    this.next_in = 0;
    this.avail_in = 0;
    this.total_in = 0;
    this.output = null;
    this.next_out = 0;
    this.avail_out = 0;
    this.total_out = 0;
    this.msg = "";
    this.state = null;
    this.data_type = 2;
    this.adler = 0;
  }
};
var flattenChunks = (chunks) => {
  const result = new Uint8Array(chunks.reduce((len, chunk) => len + chunk.length, 0));
  let pos = 0;
  for (const chunk of chunks) {
    result.set(chunk, pos);
    pos += chunk.length;
  }
  return result;
};
var toString = Object.prototype.toString;
var defaultOptions = {
  chunkSize: 1024 * 64,
  windowBits: 15,
  raw: false,
  dictionary: /* @__PURE__ */ new Uint8Array(0)
};
var Inflate = class {
  options;
  /**
  * Error code after inflate finishes. {@link Z_OK} on success.
  * Should be checked when broken data is possible.
  */
  err;
  /** Error message, if {@link Inflate.err} is not {@link Z_OK}. */
  msg;
  /**
  * `true` once the compressed stream has ended. A stream may end before the
  * caller's data does (trailing bytes), so check this to know when to stop
  * pushing - further {@link Inflate.push} calls are no-ops.
  */
  ended;
  started;
  /**
  * Chunks of output data, if {@link Inflate.onData} not overridden.
  * @internal
  */
  chunks;
  strm;
  /**
  * Uncompressed result, generated by default {@link Inflate.onData}
  * and {@link Inflate.onEnd} handlers. Filled after you push last chunk
  * (call {@link Inflate.push} with {@link Z_FINISH} / `true` param).
  */
  result;
  /**
  * Creates a new inflator instance with the specified params. Throws an
  * exception on bad params. See {@link InflateOptions} for the list of
  * supported options.
  *
  * By default, when no options are set, the deflate/gzip data format is
  * autodetected via the wrapper header.
  *
  * @example
  * ```javascript
  * import { Inflate } from 'pako'
  *
  * const chunk1 = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])
  * const chunk2 = new Uint8Array([10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
  *
  * const inflate = new Inflate({ level: 3 })
  *
  * inflate.push(chunk1, false)
  * inflate.push(chunk2, true)  // true -> last chunk
  *
  * if (inflate.err) throw new Error(inflate.err)
  *
  * console.log(inflate.result)
  * ```
  */
  constructor(options = {}) {
    this.options = Object.assign({}, defaultOptions, options);
    const opt = this.options;
    if (opt.raw && opt.windowBits >= 0 && opt.windowBits < 16) {
      opt.windowBits = -opt.windowBits;
      if (opt.windowBits === 0) opt.windowBits = -15;
    }
    if (opt.windowBits >= 0 && opt.windowBits < 16 && !options.windowBits) opt.windowBits += 32;
    if (opt.windowBits > 15 && opt.windowBits < 48) {
      if ((opt.windowBits & 15) === 0) opt.windowBits |= 15;
    }
    this.err = 0;
    this.msg = "";
    this.ended = false;
    this.started = false;
    this.chunks = [];
    this.result = /* @__PURE__ */ new Uint8Array(0);
    this.strm = new ZStream();
    this.strm.avail_out = 0;
    let status = inflateInit2(this.strm, opt.windowBits);
    if (status !== 0) throw new Error(messages_default[status]);
    if (toString.call(opt.dictionary) === "[object ArrayBuffer]") opt.dictionary = new Uint8Array(opt.dictionary);
    const dictionary = opt.dictionary;
    if (opt.raw && dictionary.length) {
      status = inflateSetDictionary(this.strm, dictionary);
      if (status !== 0) throw new Error(messages_default[status]);
    }
  }
  /**
  * Sends input data to the inflate pipe, generating {@link Inflate.onData} calls
  * with new output chunks. Returns `true` on success. If end of stream is
  * detected, {@link Inflate.onEnd} will be called.
  *
  * `flush_mode` is not needed for normal operation, because end of stream
  * is detected automatically. Pass {@link Z_SYNC_FLUSH} to force the decoder
  * to emit all currently available output — handy when you need to decode
  * data frame-by-frame from a long-running stream.
  *
  * On failure, calls {@link Inflate.onEnd} with the error code and returns false.
  *
  * Once the stream has ended (a compressed stream may end before your data
  * does), further `push` calls are no-ops and return whether the decode
  * finished successfully. The final outcome is in {@link Inflate.result},
  * {@link Inflate.err} and {@link Inflate.msg}.
  *
  * @param flush_mode 0..6 for corresponding {@link Z_NO_FLUSH}..{@link Z_TREES}
  *   flush modes. See constants. Skipped or `false` means {@link Z_NO_FLUSH},
  *   `true` means {@link Z_FINISH}.
  *
  * @example
  * ```javascript
  * push(chunk, false) // push one of data chunks
  * ...
  * push(chunk, true)  // push last chunk
  * ```
  */
  push(data, flush_mode = false) {
    const strm = this.strm;
    const chunkSize = this.options.chunkSize;
    let status;
    let _flush_mode;
    let last_avail_out;
    if (this.ended) return this.err === 0;
    if (typeof flush_mode === "number") _flush_mode = flush_mode;
    else _flush_mode = flush_mode === true ? 4 : 0;
    if (toString.call(data) === "[object ArrayBuffer]") strm.input = new Uint8Array(data);
    else strm.input = data;
    strm.next_in = 0;
    strm.avail_in = strm.input.length;
    if (!this.started) {
      this.started = true;
      this.onStart(strm);
    }
    for (; ; ) {
      if (strm.avail_out === 0) {
        strm.output = new Uint8Array(chunkSize);
        strm.next_out = 0;
        strm.avail_out = chunkSize;
      }
      status = inflate$1(strm, _flush_mode);
      if (status === 2) {
        const dictionary = this.options.dictionary;
        if (dictionary.length) {
          status = inflateSetDictionary(strm, dictionary);
          if (status === 0) status = inflate$1(strm, _flush_mode);
          else if (status === -3) status = 2;
        }
      }
      while (strm.avail_in > 0 && status === 1 && strm.state.wrap & 2 && strm.state.flags !== 0 && strm.input[strm.next_in] !== 0) {
        inflateReset(strm);
        status = inflate$1(strm, _flush_mode);
      }
      if (status === -2 || status === -3 || status === 2 || status === -4) break;
      last_avail_out = strm.avail_out;
      if (strm.next_out) {
        if (strm.avail_out === 0 || status === 1 || _flush_mode > 0) {
          this.onData(strm.output.length === strm.next_out ? strm.output : strm.output.subarray(0, strm.next_out));
          strm.avail_out = 0;
          strm.next_out = 0;
        }
      }
      if ((status === 0 || status === -5) && last_avail_out === 0) continue;
      if (status === 1) {
        status = inflateEnd(this.strm);
        break;
      }
      if (strm.avail_in === 0) {
        if (_flush_mode === 4) {
          status = inflateEnd(this.strm);
          if (status === 0) status = -5;
          break;
        }
        return true;
      }
    }
    this.err = status;
    this.msg = strm.msg || messages_default[status];
    this.ended = true;
    this.onEnd(status);
    return status === 0;
  }
  /**
  * Called once before the first low-level inflate call.
  *
  * Override this handler to attach low-level inflate state, for example to read
  * gzip header metadata:
  *
  * ```javascript
  * import { Inflate, GZheader, zlibInflateGetHeader } from 'pako'
  *
  * const inflator = new Inflate()
  *
  * inflator.onStart = function (strm) {
  *   this.header = new GZheader()
  *   zlibInflateGetHeader(strm, this.header)
  * }
  *
  * inflator.push(data, true)
  * console.log(inflator.header.name)
  * ```
  */
  onStart(strm) {
  }
  /**
  * By default, stores data blocks in the {@link Inflate.chunks} property and glues
  * them in {@link Inflate.onEnd}. Override this handler if you need another behaviour.
  *
  * @param chunk output data.
  */
  onData(chunk) {
    this.chunks.push(chunk);
  }
  /**
  * Called after you tell inflate that the input stream is
  * complete ({@link Z_FINISH}). By default, joins the collected {@link Inflate.chunks},
  * frees memory and fills the {@link Inflate.result} property.
  *
  * @param status inflate status. {@link Z_OK} on success, other if not.
  */
  onEnd(status) {
    if (status === 0) this.result = flattenChunks(this.chunks);
    this.chunks = [];
  }
};

// src/formats/gzip.ts
var sliceBytes = 256 * 1024;
var zBufError = -5;
var ratioGraceBytes = 16 * 1024 * 1024;
function isGzip(bytes) {
  return bytes.length >= 2 && bytes[0] === 31 && bytes[1] === 139;
}
function gunzipBounded(bytes, limits) {
  try {
    const maxOutputLength = maxGunzippedBytes(bytes.length, limits);
    const chunkSize = Math.max(64 * 1024, Math.min(statedSize(bytes), maxOutputLength) + 1);
    const out = gunzipSync(bytes, { maxOutputLength, chunkSize });
    const kept = out.buffer.byteLength - out.length > out.length >>> 3 ? Buffer.from(out) : out;
    return new Uint8Array(kept.buffer, kept.byteOffset, kept.length);
  } catch {
    return gunzipBoundedPako(bytes, limits);
  }
}
function statedSize(bytes) {
  const n = bytes.length;
  if (n < 18) return 0;
  return (bytes[n - 4] | bytes[n - 3] << 8 | bytes[n - 2] << 16 | bytes[n - 1] << 24) >>> 0;
}
function gunzipBoundedPako(bytes, limits) {
  const inflator = new Inflate({ chunkSize: sliceBytes });
  const chunks = [];
  const maxOut = maxGunzippedBytes(bytes.length, limits);
  let total = 0;
  let over = false;
  inflator.onData = (chunk) => {
    total += chunk.length;
    if (total > maxOut) over = true;
    else chunks.push(chunk);
  };
  let offset = 0;
  while (offset < bytes.length && !inflator.ended && !over && inflator.err === 0) {
    const end = Math.min(bytes.length, offset + sliceBytes);
    inflator.push(bytes.subarray(offset, end), end === bytes.length);
    offset = end;
  }
  if (over) throw overLimit(total, maxOut, limits, offset);
  const endedEarly = inflator.err === zBufError || inflator.err === 0 && !inflator.ended;
  if (endedEarly)
    throw new FormatError("gzip", "gzip.truncated", `gzip stream ends early after ${bytes.length} bytes`, {
      offset: bytes.length
    });
  if (inflator.err !== 0)
    throw new FormatError(
      "gzip",
      "gzip.corrupt",
      `gzip data is corrupt (${inflator.msg || `zlib error ${inflator.err}`})`,
      { offset }
    );
  return concat(chunks, total);
}
function maxGunzippedBytes(compressedBytes, limits) {
  return Math.min(limits.maxDecompressedBytes, Math.max(ratioGraceBytes, compressedBytes * limits.maxCompressionRatio));
}
function gunzipHead(bytes, length) {
  const inflator = new Inflate({ chunkSize: length });
  const chunks = [];
  let total = 0;
  inflator.onData = (chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  };
  const step = 4096;
  for (let offset = 0; offset < bytes.length && total < length && !inflator.ended && inflator.err === 0; offset += step) {
    inflator.push(bytes.subarray(offset, offset + step), 2);
  }
  return concat(chunks, total).subarray(0, length);
}
function overLimit(total, maxOut, limits, offset) {
  const byRatio = maxOut < limits.maxDecompressedBytes;
  const what = byRatio ? `decompression ratio above maxCompressionRatio=${limits.maxCompressionRatio}` : `decompressed size above maxDecompressedBytes=${limits.maxDecompressedBytes}`;
  return new FormatError("gzip", "gzip.too-large", `${what} (stopped at ${total} bytes)`, { offset });
}
function concat(chunks, total) {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let at2 = 0;
  for (const chunk of chunks) {
    out.set(chunk, at2);
    at2 += chunk.length;
  }
  return out;
}

// src/formats/importer.ts
var sniffBytes = 64 * 1024;

// src/formats/describe-unknown.ts
var startsWith = (head, magic2) => magic2.every((b, i) => head[i] === b);
var shapes = [
  {
    test: (t) => /^\s*flat\s+flat%\s+sum%\s+cum\s+cum%/m.test(t),
    says: "`go tool pprof -top` text output: give perfgate the profile file pprof read"
  },
  {
    test: (t) => /^PeriodType: /m.test(t) && /^Samples:/m.test(t),
    says: "`go tool pprof -raw` text output: give perfgate the profile file pprof read"
  },
  {
    test: (_, h) => startsWith(h, [80, 69, 82, 70, 73, 76, 69, 50]),
    // PERFILE2
    says: "perf.data (binary): run `perf script` on it and give perfgate the text"
  },
  {
    test: (_, h) => startsWith(h, [70, 76, 82, 0]),
    // FLR\0
    says: "Java Flight Recorder (JFR) file: convert it to pprof (e.g. with jfr2pprof or async-profiler)"
  },
  { test: (_, h) => startsWith(h, [127, 69, 76, 70]), says: "an ELF executable, not a profile or a trace" },
  {
    test: (t) => /^\s*\{\s*"traceEvents"\s*:/.test(t) || /^\s*\[\s*\{/.test(t) && /"ph"\s*:.*"ts"\s*:/.test(t),
    says: "Chrome trace-event JSON: perfgate reads Go execution traces (`go test -trace`) and span exports"
  },
  {
    test: (t) => t.includes("speedscope.app/file-format-schema"),
    says: "speedscope profile: give perfgate the pprof profile it was made from"
  },
  {
    test: (t) => /"binaryAnnotations"\s*:/.test(t),
    says: "Zipkin v1 JSON: perfgate reads Zipkin v2 spans (`/api/v2/spans`)"
  },
  {
    test: (t) => /"resource(Metrics|Logs)"\s*:/.test(t),
    says: "OTLP metrics or logs export: perfgate reads OTLP traces (`resourceSpans`)"
  },
  {
    test: (t) => /^\s*\{"Time":"[^"]*","Action":"/.test(t),
    says: "`go test -json` event stream: give perfgate the plain `go test -bench` output"
  },
  {
    test: (t) => /^\s*name\s+old [\w/]+\s+new [\w/]+\s+delta/m.test(t) || /\bvs base\b/.test(t),
    says: "benchstat comparison table: give perfgate the raw `go test -bench` output"
  },
  {
    test: (t) => /^goroutine \d+ \[[^\]]+\]:\n/.test(t),
    says: "Go goroutine dump (`?debug=2` or a crash): give perfgate `/debug/pprof/goroutine?debug=1` or the profile"
  },
  {
    test: (t) => /^mode: (set|count|atomic)\n/.test(t),
    says: "Go coverage profile (`-coverprofile`), not a performance profile"
  },
  {
    test: (t) => /^\s*<(!doctype html|html)/i.test(t),
    says: "an HTML page (a saved pprof or trace web view?): give perfgate the profile or trace file itself"
  }
];
function describeUnknown(head) {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 16384));
  return shapes.find((s) => s.test(text, head))?.says;
}

// src/model/profile-stacks.ts
var maxNarrowLocations = 65536;
var maxNodes = 2 ** 28;
function readStack(nodes, node, into) {
  const { location, parent } = nodes;
  let n = 0;
  for (let at2 = node; at2 > 0; at2 = parent[at2]) into[n++] = location[at2];
  return n;
}
function nodeDepths(nodes) {
  const depth = new Int32Array(nodes.count);
  for (let n = 1; n < nodes.count; n++) depth[n] = depth[nodes.parent[n]] + 1;
  return depth;
}
var StackNodeTable = class _StackNodeTable {
  size = 1;
  maxDepth = 0;
  location;
  parent;
  /** Each node's first child (0: none yet). */
  first;
  /** Node ids of the children that are not first (0: free), at load ≤ 3/4. */
  slots = new Int32Array(0);
  hashed = 0;
  /** 32 − log2(slots): the hash's high bits pick the slot. */
  shift = 0;
  /** The last stack inserted, root first, and the node after each of its frames. */
  previous = new Int32Array(64);
  previousNodes = new Int32Array(64);
  previousDepth = 0;
  /** `narrow`: every location index is below 65,536 (16 bits a node). */
  constructor(capacity = 1024, narrow = false) {
    const nodes = Math.max(16, capacity);
    this.location = narrow ? new Uint16Array(nodes) : new Int32Array(nodes);
    this.parent = new Int32Array(nodes);
    this.first = new Int32Array(nodes);
    this.parent[0] = -1;
    this.setSlots(slotsFor(nodes >>> 1));
  }
  /** A table holding copies of `nodes`, to add to. */
  static of(nodes) {
    const table2 = new _StackNodeTable(nodes.count, nodes.location instanceof Uint16Array);
    table2.location.set(nodes.location.subarray(0, nodes.count));
    table2.parent.set(nodes.parent.subarray(0, nodes.count));
    table2.size = nodes.count;
    table2.maxDepth = nodes.maxDepth;
    for (let n = 1; n < nodes.count; n++) table2.link(n);
    return table2;
  }
  /**
   * The node of the stack `frames[0 .. depth)`, leaf first, added when new. A stack that starts
   * like the previous one (most share their root end) is looked up from where they part.
   */
  insert(frames, depth) {
    if (depth > this.previous.length) this.growPrevious(depth);
    const previous = this.previous;
    const previousNodes = this.previousNodes;
    const common = Math.min(depth, this.previousDepth);
    let j = 0;
    while (j < common && frames[depth - 1 - j] === previous[j]) j++;
    let node = j > 0 ? previousNodes[j - 1] : 0;
    for (; j < depth; j++) {
      const location = frames[depth - 1 - j];
      node = this.child(node, location);
      previous[j] = location;
      previousNodes[j] = node;
    }
    this.previousDepth = depth;
    if (depth > this.maxDepth) this.maxDepth = depth;
    return node;
  }
  /** Records a stack of `depth` added by `child` (insert records its own). */
  noteDepth(depth) {
    if (depth > this.maxDepth) this.maxDepth = depth;
  }
  /** The child of `parent` at `location`, added when new. */
  child(parent, location) {
    const first = this.first[parent];
    if (first === 0) return this.add(parent, location);
    if (this.location[first] === location) return first;
    const slot = this.slotOf(parent, location);
    const found = this.slots[slot];
    return found > 0 ? found : this.add(parent, location);
  }
  /** The nodes, without slack; 16-bit locations when `locationCount` allows. */
  build(locationCount = Infinity) {
    const narrow = locationCount <= maxNarrowLocations && this.location instanceof Int32Array;
    return {
      count: this.size,
      location: narrow ? new Uint16Array(this.location.subarray(0, this.size)) : trimmed(this.location, this.size),
      parent: trimmed(this.parent, this.size),
      maxDepth: this.maxDepth
    };
  }
  add(parent, location) {
    if (this.size >= maxNodes) throw new RangeError(`stacks of more than ${maxNodes} distinct paths`);
    if (this.size === this.parent.length) this.grow(this.size * 2);
    const node = this.size++;
    this.location[node] = location;
    this.parent[node] = parent;
    this.link(node);
    return node;
  }
  /** Makes node `node` findable from its caller: its first child, or in the table. */
  link(node) {
    const parent = this.parent[node];
    if (this.first[parent] === 0) {
      this.first[parent] = node;
      return;
    }
    this.slots[this.slotOf(parent, this.location[node])] = node;
    if (++this.hashed * 4 > this.slots.length * 3) this.rehash(this.slots.length * 2);
  }
  growPrevious(depth) {
    const length = Math.max(depth, this.previous.length * 2);
    const previous = new Int32Array(length);
    const nodes = new Int32Array(length);
    previous.set(this.previous);
    nodes.set(this.previousNodes);
    this.previous = previous;
    this.previousNodes = nodes;
  }
  /** The slot holding node (parent, location), or the free slot where it belongs. */
  slotOf(parent, location) {
    const slots = this.slots;
    const parents = this.parent;
    const locations = this.location;
    const mask = slots.length - 1;
    let slot = Math.imul(Math.imul(parent, 2246822519) ^ location, 2654435761) >>> this.shift;
    for (; ; ) {
      const found = slots[slot];
      if (found === 0 || parents[found] === parent && locations[found] === location) return slot;
      slot = slot + 1 & mask;
    }
  }
  setSlots(length) {
    this.slots = new Int32Array(length);
    this.shift = 32 - Math.log2(length);
  }
  /** The table at `length` slots, with every node that is not its caller's first child. */
  rehash(length) {
    this.setSlots(length);
    for (let n = 1; n < this.size; n++) {
      const parent = this.parent[n];
      if (this.first[parent] !== n) this.slots[this.slotOf(parent, this.location[n])] = n;
    }
  }
  grow(capacity) {
    const location = this.location instanceof Uint16Array ? new Uint16Array(capacity) : new Int32Array(capacity);
    location.set(this.location);
    const parent = new Int32Array(capacity);
    parent.set(this.parent);
    const first = new Int32Array(capacity);
    first.set(this.first);
    this.location = location;
    this.parent = parent;
    this.first = first;
  }
};
function slotsFor(nodes) {
  let slots = 1024;
  while (nodes * 4 > slots * 3) slots *= 2;
  return slots;
}
function trimmed(from, length) {
  if (from.length - length <= from.length >>> 3) return from.subarray(0, length);
  return from.slice(0, length);
}

// src/model/profile-samples.ts
var SampleColumnsBuilder = class {
  /**
   * `capacity` samples and `nodeCapacity` distinct stack nodes fit before the columns grow;
   * `narrow`: every location index is below 65,536, so nodes take 16 bits from the start.
   */
  constructor(width, capacity = 64, nodeCapacity = capacity * 2, narrow = false) {
    this.width = width;
    this.values = new Int32Array(Math.max(1, capacity * width));
    this.stack = new Int32Array(Math.max(1, capacity));
    this.frames = narrow ? new Uint16Array(64) : new Int32Array(64);
    this.nodes = new StackNodeTable(nodeCapacity, narrow);
    this.labelSet = new Int32Array(Math.max(1, capacity));
  }
  width;
  count = 0;
  values;
  /** `values` holds floats: some value was not a 32-bit integer. */
  wide = false;
  stack;
  /** The current sample's locations, leaf first. */
  frames;
  frameCountNow = 0;
  nodes;
  labelSet;
  labelSets = [[]];
  labelSetIds = /* @__PURE__ */ new Map();
  get size() {
    return this.count;
  }
  push(sample) {
    for (let i = 0; i < sample.locations.length; i++) this.frame(sample.locations[i]);
    this.setValues(sample.values);
    this.end(sample.labels.length ? this.labelSetId(sample.labels) : 0);
  }
  /** Appends a location (leaf first) to the current sample. */
  frame(location) {
    if (this.frameCountNow === this.frames.length) this.reserveFrames(1);
    this.frames[this.frameCountNow++] = location;
  }
  /**
   * Room for `n` more locations of the current sample: the array to write them into from
   * `frameCount`, then `setFrameCount`. For readers that write a packed field in place.
   */
  reserveFrames(n) {
    const needed = this.frameCountNow + n;
    if (needed > this.frames.length) {
      const into = this.frames instanceof Uint16Array ? new Uint16Array(needed * 2) : new Int32Array(needed * 2);
      into.set(this.frames.subarray(0, this.frameCountNow));
      this.frames = into;
    }
    return this.frames;
  }
  /** Locations of the current sample so far. */
  get frameCount() {
    return this.frameCountNow;
  }
  setFrameCount(frames) {
    this.frameCountNow = frames;
  }
  /** Sets the current sample's values (missing ones are 0). */
  setValues(values) {
    this.reserveSample();
    const at2 = this.count * this.width;
    for (let t = 0; t < this.width; t++) this.store(at2 + t, values[t] ?? 0);
  }
  /** Adds to the current sample's value of type `t`. */
  addValue(t, value) {
    this.reserveSample();
    const at2 = this.count * this.width + t;
    this.store(at2, this.values[at2] + value);
  }
  store(at2, value) {
    if (!this.wide && (value | 0) !== value) {
      this.values = Float64Array.from(this.values);
      this.wide = true;
    }
    this.values[at2] = value;
  }
  /** Ends the current sample with label set `labelSet` (0: none). */
  end(labelSet = 0) {
    this.reserveSample();
    this.labelSet[this.count] = labelSet;
    this.stack[this.count] = this.nodes.insert(this.frames, this.frameCountNow);
    this.frameCountNow = 0;
    this.count++;
  }
  /**
   * The stack node of `location` called from node `parent` (0: the root), added when new: for
   * producers that map another profile's nodes (`endAt`); `depth` is that node's depth.
   */
  stackNode(parent, location, depth) {
    this.nodes.noteDepth(depth);
    return this.nodes.child(parent, location);
  }
  /** Ends the current sample with the stack of node `node` (from `stackNode`) instead of its frames. */
  endAt(node, labelSet = 0) {
    this.reserveSample();
    this.labelSet[this.count] = labelSet;
    this.stack[this.count] = node;
    this.frameCountNow = 0;
    this.count++;
  }
  /** The id of a label set, interned. */
  labelSetId(labels) {
    if (labels.length === 0) return 0;
    const key = JSON.stringify(labels.map((l) => [l.key, l.str, l.num, l.numUnit]));
    let id = this.labelSetIds.get(key);
    if (id === void 0) {
      id = this.labelSets.push(labels.slice()) - 1;
      this.labelSetIds.set(key, id);
    }
    return id;
  }
  /** `locationCount`: how many locations the profile has (the 16-bit form is used below 65,536). */
  build(locationCount = Infinity) {
    return {
      count: this.count,
      width: this.width,
      values: trimmed(this.values, this.count * this.width),
      stack: trimmed(this.stack, this.count),
      nodes: this.nodes.build(locationCount),
      labelSet: trimmed(this.labelSet, this.count),
      labelSets: this.labelSets
    };
  }
  /** Room for the current sample (index `count`). */
  reserveSample() {
    if (this.count < this.labelSet.length) return;
    const capacity = this.labelSet.length * 2;
    this.values = grown(this.values, capacity * this.width);
    this.stack = grown(this.stack, capacity);
    this.labelSet = grown(this.labelSet, capacity);
  }
};
function grown(from, length) {
  const into = from instanceof Float64Array ? new Float64Array(length) : from instanceof Uint16Array ? new Uint16Array(length) : new Int32Array(length);
  into.set(from);
  return into;
}
function sampleColumnsOf(samples, width) {
  const builder = new SampleColumnsBuilder(width, samples.length);
  for (const sample of samples) builder.push(sample);
  return builder.build();
}
function cutStacks(columns, maxDepth) {
  const limit = Math.max(0, maxDepth);
  if (columns.nodes.maxDepth <= limit) return { cut: 0, deepest: 0 };
  const depths = nodeDepths(columns.nodes);
  const table2 = StackNodeTable.of(columns.nodes);
  const frames = new Int32Array(columns.nodes.maxDepth);
  let cut = 0;
  let deepest = 0;
  for (let s = 0; s < columns.count; s++) {
    const depth = depths[columns.stack[s]];
    if (depth <= limit) continue;
    cut++;
    deepest = Math.max(deepest, depth);
    readStack(columns.nodes, columns.stack[s], frames);
    columns.stack[s] = table2.insert(frames, limit);
  }
  columns.nodes = table2.build();
  columns.nodes.maxDepth = limit;
  return { cut, deepest };
}

// src/formats/pprof/generated/profile-pb.js
var import_minimal = __toESM(require_minimal2(), 1);
var $Reader = import_minimal.default.Reader;
var $util = import_minimal.default.util;
var $Object = $util.global.Object;
var $undefined = $util.global.undefined;
var $Error = $util.global.Error;
var $RangeError = $util.global.RangeError;
var $root = import_minimal.default.roots["default"] || (import_minimal.default.roots["default"] = {});
var perftools = $root.perftools = (() => {
  const perftools2 = {};
  perftools2.profiles = (function() {
    const profiles = {};
    profiles.Profile = (function() {
      const Profile = function(properties) {
        this.sampleType = [];
        this.sample = [];
        this.mapping = [];
        this.location = [];
        this["function"] = [];
        this.stringTable = [];
        this.comment = [];
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Profile.prototype.sampleType = $util.emptyArray;
      Profile.prototype.sample = $util.emptyArray;
      Profile.prototype.mapping = $util.emptyArray;
      Profile.prototype.location = $util.emptyArray;
      Profile.prototype["function"] = $util.emptyArray;
      Profile.prototype.stringTable = $util.emptyArray;
      Profile.prototype.dropFrames = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Profile.prototype.keepFrames = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Profile.prototype.timeNanos = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Profile.prototype.durationNanos = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Profile.prototype.periodType = null;
      Profile.prototype.period = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Profile.prototype.comment = $util.emptyArray;
      Profile.prototype.defaultSampleType = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Profile.prototype.docUrl = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Profile.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.perftools.profiles.Profile();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if (!(message.sampleType && message.sampleType.length))
                message.sampleType = [];
              message.sampleType.push($root.perftools.profiles.ValueType.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if (!(message.sample && message.sample.length))
                message.sample = [];
              message.sample.push($root.perftools.profiles.Sample.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              if (!(message.mapping && message.mapping.length))
                message.mapping = [];
              message.mapping.push($root.perftools.profiles.Mapping.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
            case 4: {
              if (wireType !== 2)
                break;
              if (!(message.location && message.location.length))
                message.location = [];
              message.location.push($root.perftools.profiles.Location.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
            case 5: {
              if (wireType !== 2)
                break;
              if (!(message["function"] && message["function"].length))
                message["function"] = [];
              message["function"].push($root.perftools.profiles.Function.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
            case 6: {
              if (wireType !== 2)
                break;
              if (!(message.stringTable && message.stringTable.length))
                message.stringTable = [];
              message.stringTable.push(reader.stringVerify());
              continue;
            }
            case 7: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.dropFrames = value;
              else
                delete message.dropFrames;
              continue;
            }
            case 8: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.keepFrames = value;
              else
                delete message.keepFrames;
              continue;
            }
            case 9: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.timeNanos = value;
              else
                delete message.timeNanos;
              continue;
            }
            case 10: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.durationNanos = value;
              else
                delete message.durationNanos;
              continue;
            }
            case 11: {
              if (wireType !== 2)
                break;
              message.periodType = $root.perftools.profiles.ValueType.decode(reader, reader.size(), $undefined, _depth + 1, message.periodType);
              continue;
            }
            case 12: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.period = value;
              else
                delete message.period;
              continue;
            }
            case 13: {
              if (wireType === 2) {
                if (!(message.comment && message.comment.length))
                  message.comment = [];
                reader.int64s(message.comment);
                continue;
              }
              if (wireType !== 0)
                break;
              if (!(message.comment && message.comment.length))
                message.comment = [];
              message.comment.push(reader.int64());
              continue;
            }
            case 14: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.defaultSampleType = value;
              else
                delete message.defaultSampleType;
              continue;
            }
            case 15: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.docUrl = value;
              else
                delete message.docUrl;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      return Profile;
    })();
    profiles.ValueType = (function() {
      const ValueType = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      ValueType.prototype.type = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      ValueType.prototype.unit = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      ValueType.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.perftools.profiles.ValueType();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.type = value;
              else
                delete message.type;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.unit = value;
              else
                delete message.unit;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      return ValueType;
    })();
    profiles.Sample = (function() {
      const Sample = function(properties) {
        this.locationId = [];
        this.value = [];
        this.label = [];
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Sample.prototype.locationId = $util.emptyArray;
      Sample.prototype.value = $util.emptyArray;
      Sample.prototype.label = $util.emptyArray;
      Sample.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.perftools.profiles.Sample();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType === 2) {
                if (!(message.locationId && message.locationId.length))
                  message.locationId = [];
                reader.uint64s(message.locationId);
                continue;
              }
              if (wireType !== 0)
                break;
              if (!(message.locationId && message.locationId.length))
                message.locationId = [];
              message.locationId.push(reader.uint64());
              continue;
            }
            case 2: {
              if (wireType === 2) {
                if (!(message.value && message.value.length))
                  message.value = [];
                reader.int64s(message.value);
                continue;
              }
              if (wireType !== 0)
                break;
              if (!(message.value && message.value.length))
                message.value = [];
              message.value.push(reader.int64());
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              if (!(message.label && message.label.length))
                message.label = [];
              message.label.push($root.perftools.profiles.Label.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      return Sample;
    })();
    profiles.Label = (function() {
      const Label = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Label.prototype.key = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Label.prototype.str = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Label.prototype.num = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Label.prototype.numUnit = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Label.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.perftools.profiles.Label();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.key = value;
              else
                delete message.key;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.str = value;
              else
                delete message.str;
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.num = value;
              else
                delete message.num;
              continue;
            }
            case 4: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.numUnit = value;
              else
                delete message.numUnit;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      return Label;
    })();
    profiles.Mapping = (function() {
      const Mapping = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Mapping.prototype.id = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Mapping.prototype.memoryStart = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Mapping.prototype.memoryLimit = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Mapping.prototype.fileOffset = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Mapping.prototype.filename = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Mapping.prototype.buildId = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Mapping.prototype.hasFunctions = false;
      Mapping.prototype.hasFilenames = false;
      Mapping.prototype.hasLineNumbers = false;
      Mapping.prototype.hasInlineFrames = false;
      Mapping.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.perftools.profiles.Mapping();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.id = value;
              else
                delete message.id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.memoryStart = value;
              else
                delete message.memoryStart;
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.memoryLimit = value;
              else
                delete message.memoryLimit;
              continue;
            }
            case 4: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.fileOffset = value;
              else
                delete message.fileOffset;
              continue;
            }
            case 5: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.filename = value;
              else
                delete message.filename;
              continue;
            }
            case 6: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.buildId = value;
              else
                delete message.buildId;
              continue;
            }
            case 7: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.hasFunctions = value;
              else
                delete message.hasFunctions;
              continue;
            }
            case 8: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.hasFilenames = value;
              else
                delete message.hasFilenames;
              continue;
            }
            case 9: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.hasLineNumbers = value;
              else
                delete message.hasLineNumbers;
              continue;
            }
            case 10: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.hasInlineFrames = value;
              else
                delete message.hasInlineFrames;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      return Mapping;
    })();
    profiles.Location = (function() {
      const Location = function(properties) {
        this.line = [];
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Location.prototype.id = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Location.prototype.mappingId = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Location.prototype.address = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Location.prototype.line = $util.emptyArray;
      Location.prototype.isFolded = false;
      Location.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.perftools.profiles.Location();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.id = value;
              else
                delete message.id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.mappingId = value;
              else
                delete message.mappingId;
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.address = value;
              else
                delete message.address;
              continue;
            }
            case 4: {
              if (wireType !== 2)
                break;
              if (!(message.line && message.line.length))
                message.line = [];
              message.line.push($root.perftools.profiles.Line.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
            case 5: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.isFolded = value;
              else
                delete message.isFolded;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      return Location;
    })();
    profiles.Line = (function() {
      const Line = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Line.prototype.functionId = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Line.prototype.line = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Line.prototype.column = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Line.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.perftools.profiles.Line();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.functionId = value;
              else
                delete message.functionId;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.line = value;
              else
                delete message.line;
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.column = value;
              else
                delete message.column;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      return Line;
    })();
    profiles.Function = (function() {
      const Function = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Function.prototype.id = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Function.prototype.name = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Function.prototype.systemName = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Function.prototype.filename = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Function.prototype.startLine = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Function.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.perftools.profiles.Function();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.id = value;
              else
                delete message.id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.name = value;
              else
                delete message.name;
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.systemName = value;
              else
                delete message.systemName;
              continue;
            }
            case 4: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.filename = value;
              else
                delete message.filename;
              continue;
            }
            case 5: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.startLine = value;
              else
                delete message.startLine;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      return Function;
    })();
    return profiles;
  })();
  return perftools2;
})();

// src/formats/pprof/number-reader.ts
var import_minimal3 = __toESM(require_minimal2(), 1);

// src/formats/lenient-reader.ts
var import_minimal2 = __toESM(require_minimal2(), 1);
var LenientReader = class extends import_minimal2.default.Reader {
  /** How many strings held bytes that are not UTF-8. */
  invalidUtf8Strings = 0;
  stringVerify() {
    const start = this.pos;
    try {
      return super.stringVerify();
    } catch (err) {
      if (!(err instanceof TypeError)) throw err;
      this.pos = start;
      this.invalidUtf8Strings += 1;
      return this.string();
    }
  }
};

// src/formats/pprof/number-reader.ts
var twoTo32 = 4294967296;
var NumberReader = class extends LenientReader {
  // The declared Long return type is protobufjs's; the generated decoder accepts numbers too.
  int64() {
    const [lo, hi] = this.varint64();
    const value = hi & 2147483648 ? -((~hi >>> 0) * twoTo32 + (~lo >>> 0) + 1) : hi * twoTo32 + lo;
    return value;
  }
  uint64() {
    const [lo, hi] = this.varint64();
    if (hi < 2097152) return hi * twoTo32 + lo;
    return new import_minimal3.default.util.Long(lo | 0, hi | 0, true);
  }
  /** The low and high 32 bits of a varint of up to 10 bytes. */
  varint64() {
    const buf = this.buf;
    let pos = this.pos;
    let lo = 0;
    let hi = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (pos >= this.len) throw new RangeError(`index out of range: ${pos} + 1 > ${this.len}`);
      const byte = buf[pos++];
      if (shift < 28) lo |= (byte & 127) << shift;
      else if (shift === 28) {
        lo |= (byte & 15) << 28;
        hi |= (byte & 127) >>> 4;
      } else hi |= (byte & 127) << shift - 32;
      shift += 7;
      if (byte < 128) {
        this.pos = pos;
        return [lo >>> 0, hi >>> 0];
      }
    }
    throw new Error("invalid varint encoding");
  }
};

// src/formats/pprof/decode.ts
var sampleTag = 2 << 3 | 2;
function decodeProfileProto(bytes) {
  if (bytes.length === 0)
    throw new FormatError("pprof", "pprof.empty", "the profile is empty (0 bytes)", { offset: 0 });
  const reader = new NumberReader(bytes);
  try {
    const raw = new perftools.profiles.Profile();
    let sampleCount = 0;
    let sampleBytes = 0;
    let runStart = 0;
    while (reader.pos < reader.len) {
      const start = reader.pos;
      const tag = reader.tag();
      if (tag !== sampleTag) {
        reader.skipType(tag & 7, 0, tag >>> 3);
        continue;
      }
      const size = reader.size();
      if (reader.pos + size > reader.len) throw new RangeError("index out of range");
      const after = reader.pos + size;
      decodeRun(reader, raw, runStart, start);
      reader.pos = after;
      runStart = after;
      sampleCount++;
      sampleBytes += size;
    }
    decodeRun(reader, raw, runStart, reader.len);
    return { raw, sampleCount, sampleBytes, bytes, invalidUtf8Strings: reader.invalidUtf8Strings };
  } catch (err) {
    throw decodeError(err, reader.pos, bytes.length);
  }
}
var profileMessage = perftools.profiles.Profile;
function decodeRun(reader, raw, start, end) {
  if (end <= start) return;
  reader.pos = start;
  profileMessage.decode(reader, end - start, void 0, 0, raw);
}
function decodeError(err, pos, size) {
  if (err instanceof FormatError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/index out of range/.test(message)) {
    return new FormatError("pprof", "pprof.truncated", `protobuf data ends early (a field runs past byte ${size})`, {
      offset: Math.min(pos, size)
    });
  }
  if (/invalid wire type/.test(message)) {
    return new FormatError("pprof", "pprof.bad-wire-type", `not a valid protobuf field (${message})`, { offset: pos });
  }
  if (/max depth|recursion/i.test(message)) {
    return new FormatError("pprof", "pprof.too-deep", "protobuf nesting too deep", { offset: pos });
  }
  return new FormatError("pprof", "pprof.bad-protobuf", `protobuf decoding failed (${message.slice(0, 120)})`, {
    offset: pos
  });
}

// src/formats/pprof/long.ts
function int64(value) {
  if (value === null || value === void 0) return 0;
  return typeof value === "number" ? value : value.toNumber();
}
function uint64(value) {
  if (value === null || value === void 0) return 0;
  if (typeof value === "number") return value;
  return value.high === 0 && value.low >= 0 ? value.low : value.toUnsigned().toNumber();
}
function uint64Big(value) {
  if (value === null || value === void 0) return 0n;
  if (typeof value === "number") return BigInt.asUintN(64, BigInt(Math.trunc(value)));
  return BigInt(value.high >>> 0) << 32n | BigInt(value.low >>> 0);
}

// src/formats/pprof/decode-samples.ts
function decodeSamples(decoded, tables) {
  const reader = new NumberReader(decoded.bytes);
  const samples = new SampleReader(tables, decoded);
  try {
    while (reader.pos < reader.len) {
      const tag = reader.tag();
      if (tag !== sampleTag) {
        reader.skipType(tag & 7, 0, tag >>> 3);
        continue;
      }
      const size = reader.size();
      samples.read(reader, reader.pos + size);
    }
  } catch (err) {
    throw decodeError(err, reader.pos, reader.len);
  }
  return samples.builder.build(tables.locationCount);
}
var SampleReader = class {
  constructor(tables, decoded) {
    this.tables = tables;
    this.builder = new SampleColumnsBuilder(
      tables.width,
      decoded.sampleCount,
      Math.min(decoded.sampleCount * 3, 1 << 24),
      tables.locationCount <= maxNarrowLocations
    );
    this.labelSets = new LabelSetReader(this.builder, tables);
  }
  tables;
  builder;
  labelSets;
  values = 0;
  badId = -1;
  read(r, end) {
    const outerLen = r.len;
    if (end > outerLen) throw new RangeError("index out of range");
    r.len = end;
    const index = this.builder.size;
    this.values = 0;
    this.badId = -1;
    this.labelSets.start();
    while (r.pos < end) {
      const tag = r.tag();
      if (tag === 10) this.packedLocations(r);
      else if (tag === 8) this.frame(readVarint64(r, false));
      else if (tag === 18) this.packed(r);
      else if (tag === 16) this.value(readVarint64(r, true));
      else if (tag === 26) this.labelSets.read(r);
      else r.skipType(tag & 7, 1, tag >>> 3);
    }
    r.len = outerLen;
    const width = this.tables.width;
    if (this.values !== width)
      fail("pprof.bad-sample", `sample[${index}] has ${this.values} values for ${width} sample types`);
    if (this.badId >= 0)
      fail("pprof.bad-reference", `sample[${index}] refers to id ${this.badId}, which does not exist`);
    this.builder.end(this.labelSets.finish(index));
  }
  /** A packed repeated field of values. */
  packed(r) {
    const end = r.size() + r.pos;
    if (end > r.len) throw new RangeError("index out of range");
    const len = r.len;
    r.len = end;
    while (r.pos < end) this.value(readVarint64(r, true));
    r.len = len;
  }
  /**
   * The packed location ids, most of a profile's bytes: written straight into the builder's
   * array (at most one id per byte), ids of one or two bytes read inline.
   */
  packedLocations(r) {
    const end = r.size() + r.pos;
    const len = r.len;
    if (end > len) throw new RangeError("index out of range");
    const out = this.builder.reserveFrames(end - r.pos);
    const buf = r.buf;
    const table2 = this.tables.locationTable;
    let n = this.builder.frameCount;
    let pos = r.pos;
    while (pos < end) {
      const b0 = buf[pos];
      let id;
      if (b0 < 128) {
        id = b0;
        pos++;
      } else if (pos + 1 < end && buf[pos + 1] < 128) {
        id = b0 & 127 | buf[pos + 1] << 7;
        pos += 2;
      } else {
        r.pos = pos;
        r.len = end;
        id = readVarint64(r, false);
        r.len = len;
        pos = r.pos;
      }
      const index = table2 !== void 0 && id < table2.length ? table2[id] : -1;
      out[n++] = index >= 0 ? index : this.slowLocation(id);
    }
    r.pos = pos;
    this.builder.setFrameCount(n);
  }
  slowLocation(id) {
    const location = this.tables.location(id);
    if (location === void 0 && this.badId < 0) this.badId = id;
    return location ?? 0;
  }
  frame(id) {
    this.builder.frame(this.slowLocation(id));
  }
  value(v) {
    if (this.values < this.tables.width) this.builder.addValue(this.values, v);
    this.values++;
  }
};
function readVarint64(r, signed) {
  const buf = r.buf;
  const start = r.pos;
  let pos = start;
  let value = 0;
  for (let shift = 0; shift < 28 && pos < r.len; shift += 7) {
    const byte = buf[pos++];
    value |= (byte & 127) << shift;
    if (byte < 128) {
      r.pos = pos;
      return value;
    }
  }
  r.pos = start;
  return signed ? int64(r.int64()) : uint64(r.uint64());
}
var LabelSetReader = class {
  constructor(builder, tables) {
    this.builder = builder;
    this.tables = tables;
  }
  builder;
  tables;
  fields = [];
  ids = /* @__PURE__ */ new Map();
  /** The key, str and num_unit of the first single-label set, and the ids of such sets by num. */
  single = [-1, -1, -1, -1];
  singleIds = /* @__PURE__ */ new Map();
  start() {
    this.fields.length = 0;
  }
  /** One Label message: key, str, num, num_unit (int64 varints); other fields skipped. */
  read(r) {
    const end = r.size() + r.pos;
    if (end > r.len) throw new RangeError("index out of range");
    const len = r.len;
    r.len = end;
    const at2 = this.fields.length;
    this.fields.push(0, 0, 0, 0);
    while (r.pos < end) {
      const tag = r.tag();
      const field2 = tag >>> 3;
      if ((tag & 7) === 0 && field2 >= 1 && field2 <= 4) this.fields[at2 + field2 - 1] = readVarint64(r, true);
      else r.skipType(tag & 7, 2, field2);
    }
    r.len = len;
  }
  /** The label set id of the sample just read (0: no labels). */
  finish(sample) {
    const fields = this.fields;
    if (fields.length === 0) return 0;
    const single2 = this.single;
    const isSingle = fields.length === 4 && fields[0] === single2[0] && fields[1] === single2[1] && fields[3] === single2[3];
    let id = isSingle ? this.singleIds.get(fields[2]) : void 0;
    if (id !== void 0) return id;
    const key = fields.join(",");
    id = this.ids.get(key);
    if (id === void 0) {
      const labels = [];
      for (let j = 0; j < fields.length; j += 4)
        labels.push(
          this.tables.label(
            fields[j],
            fields[j + 1],
            fields[j + 2],
            fields[j + 3],
            `sample[${sample}].label[${j / 4}]`
          )
        );
      id = this.builder.labelSetId(labels);
      this.ids.set(key, id);
    }
    if (fields.length === 4 && this.singleIds.size === 0) this.single = fields.slice();
    if (fields.length === 4 && fields[0] === this.single[0] && fields[1] === this.single[1] && fields[3] === this.single[3])
      this.singleIds.set(fields[2], id);
    return id;
  }
};
function fail(code, detail) {
  throw new FormatError("pprof", code, detail);
}

// src/formats/pprof/profile-kind.ts
var mutexLeaf = /(^|\.)(\(\*(RW)?Mutex\)\.R?Unlock|unlock\w*|_LostContendedRuntimeLock|_LostContendedLock)$/;
function inferProfileKind(profile) {
  const types2 = profile.sampleTypes.map((t) => t.type).join(",");
  if (types2 === "samples,cpu") return "cpu";
  if (types2 === "alloc_objects,alloc_space,inuse_objects,inuse_space") {
    return profile.defaultSampleType === "alloc_space" ? "allocs" : "heap";
  }
  if (types2 === "contentions,delay") return hasUnlockLeaf(profile) ? "mutex" : "block";
  if (types2 === "goroutine") return "goroutine";
  if (types2 === "threadcreate") return "threadcreate";
  return "other";
}
function hasUnlockLeaf(profile) {
  const { count, stack: stack2, nodes } = profile.samples;
  for (let s = 0; s < count; s++) {
    const leaf = stack2[s];
    if (leaf === 0) continue;
    const line = profile.locations[nodes.location[leaf]]?.lines[0];
    const name = line ? profile.functions[line.functionIndex]?.name : void 0;
    if (name !== void 0 && mutexLeaf.test(name)) return true;
  }
  return false;
}

// src/formats/pprof/build-profile.ts
function buildProfile(decoded, maxTableEntries) {
  const raw = decoded.raw;
  const strings = raw.stringTable ?? [];
  checkTableSizes(raw, decoded.sampleCount, maxTableEntries);
  if (strings.length > 0 && strings[0] !== "")
    fail2("pprof.bad-string-table", "string_table[0] must be the empty string");
  const str = (index, what) => {
    const i = int64(index);
    const s = strings[i];
    if (s === void 0 || i < 0)
      fail2("pprof.bad-string-index", `${what} points at string ${i}, but the table has ${strings.length}`);
    return s;
  };
  const sampleTypes = (raw.sampleType ?? []).map((t, i) => valueType(t, str, `sample_type[${i}]`));
  const mappingIds = indexIds(raw.mapping ?? [], "mapping");
  const functionIds = indexIds(raw.function ?? [], "function");
  const locationIds = indexIds(raw.location ?? [], "location");
  const functions = (raw.function ?? []).map((f, i) => buildFunction(f, str, i));
  const mappings = (raw.mapping ?? []).map((m, i) => buildMapping(m, str, i));
  const locations = (raw.location ?? []).map((l, i) => buildLocation(l, i, mappingIds, functionIds));
  const samples = decodeSamples(decoded, {
    width: sampleTypes.length,
    location: (id) => locationIds.get(id),
    locationTable: locationIds.dense,
    locationCount: locations.length,
    label: (key, s, num, numUnit, at2) => buildLabel({ key, str: s, num, numUnit }, str, at2)
  });
  const profile = {
    sampleTypes,
    defaultSampleType: defaultSampleType(raw, sampleTypes, str),
    functions,
    mappings,
    locations,
    samples,
    periodType: raw.periodType ? valueType(raw.periodType, str, "period_type") : void 0,
    period: int64(raw.period),
    durationNanos: int64(raw.durationNanos),
    timeNanos: int64(raw.timeNanos),
    comments: (raw.comment ?? []).map((c, i) => str(c, `comment[${i}]`)),
    dropFrames: str(raw.dropFrames, "drop_frames"),
    keepFrames: str(raw.keepFrames, "keep_frames")
  };
  return { kind: inferProfileKind(profile), ...profile };
}
function fail2(code, detail) {
  throw new FormatError("pprof", code, detail);
}
function checkTableSizes(raw, sampleCount, max) {
  const tables = [
    ["string_table", raw.stringTable?.length ?? 0],
    ["sample", sampleCount],
    ["location", raw.location?.length ?? 0],
    ["function", raw.function?.length ?? 0],
    ["mapping", raw.mapping?.length ?? 0]
  ];
  for (const [name, size] of tables) {
    if (size > max) fail2("pprof.too-large", `${name} has ${size} entries, above maxTableEntries=${max}`);
  }
}
function valueType(t, str, what) {
  return { type: str(t.type, `${what}.type`), unit: str(t.unit, `${what}.unit`) };
}
function defaultSampleType(raw, types2, str) {
  const named = int64(raw.defaultSampleType) !== 0 ? str(raw.defaultSampleType, "default_sample_type") : "";
  return named || (types2[types2.length - 1]?.type ?? "");
}
function indexIds(table2, name) {
  const ids = table2.map((entry) => uint64(entry.id));
  const maxId = ids.reduce((a, b) => Math.max(a, b), 0);
  const dense = maxId <= 4 * table2.length + 16 ? new Int32Array(maxId + 1).fill(-1) : void 0;
  const sparse = /* @__PURE__ */ new Map();
  ids.forEach((id, index) => {
    if (id === 0) fail2("pprof.bad-id", `${name}[${index}] has id 0`);
    if ((dense ? dense[id] : sparse.get(id) ?? -1) >= 0)
      fail2("pprof.bad-id", `${name} id ${id} appears twice`);
    if (dense) dense[id] = index;
    else sparse.set(id, index);
  });
  if (!dense) return sparse;
  return {
    get: (id) => id >= 0 && id < dense.length && dense[id] >= 0 ? dense[id] : void 0,
    dense
  };
}
function resolve(ids, id, what) {
  const index = ids.get(id);
  if (index === void 0) fail2("pprof.bad-reference", `${what} refers to id ${id}, which does not exist`);
  return index;
}
function buildFunction(f, str, i) {
  const at2 = `function[${i}]`;
  return {
    name: str(f.name, `${at2}.name`),
    systemName: str(f.systemName, `${at2}.system_name`),
    filename: str(f.filename, `${at2}.filename`),
    startLine: int64(f.startLine)
  };
}
function buildMapping(m, str, i) {
  const at2 = `mapping[${i}]`;
  return {
    memoryStart: uint64Big(m.memoryStart),
    memoryLimit: uint64Big(m.memoryLimit),
    fileOffset: uint64Big(m.fileOffset),
    filename: str(m.filename, `${at2}.filename`),
    buildId: str(m.buildId, `${at2}.build_id`),
    hasFunctions: m.hasFunctions === true,
    hasFilenames: m.hasFilenames === true,
    hasLineNumbers: m.hasLineNumbers === true,
    hasInlineFrames: m.hasInlineFrames === true
  };
}
function buildLocation(l, i, mappings, functions) {
  const mappingId = uint64(l.mappingId);
  const lines = (l.line ?? []).map((line, j) => ({
    functionIndex: resolve(functions, uint64(line.functionId), `location[${i}].line[${j}]`),
    line: int64(line.line),
    column: int64(line.column)
  }));
  return {
    mappingIndex: mappingId === 0 ? -1 : resolve(mappings, mappingId, `location[${i}]`),
    address: uint64Big(l.address),
    lines,
    isFolded: l.isFolded === true
  };
}
function buildLabel(label, str, at2) {
  const built = { key: str(label.key, `${at2}.key`) };
  if (int64(label.str) !== 0) built.str = str(label.str, `${at2}.str`);
  if (int64(label.num) !== 0) built.num = int64(label.num);
  if (int64(label.numUnit) !== 0) built.numUnit = str(label.numUnit, `${at2}.num_unit`);
  return built;
}

// src/formats/pprof/heap-estimate.ts
var heapCost = {
  /**
   * Its stack node id and label set id (4 bytes each), and the three stack nodes the builder
   * makes room for a sample: their hash slots (≤ 32 bytes at load 3/4, rounded up to a power of
   * two), their location and caller (8 bytes) once touched.
   */
  sample: 48,
  /** 4 bytes, 12 while the column widens to 64-bit floats. */
  value: 12,
  /**
   * A stack node a sample may add: one for each location id past those its stack shares, from the
   * root end, with the sample before (the decoder looks those up from there). Its location and
   * caller (8 bytes), the copy when the node arrays grow (8), hash slots beyond the room made (16).
   */
  node: 32,
  label: 200,
  location: 350,
  line: 150,
  function: 300,
  mapping: 450,
  string: 48,
  /** Each byte of a string: two when it is not Latin-1. */
  stringByte: 2
};
var field = { sample: 2, mapping: 3, location: 4, function: 5, string: 6 };
var sampleLabel = 3;
var locationLine = 4;
function estimateProfileHeapBytes(bytes) {
  const walker = new Walker(bytes);
  const stack2 = new StackBytes(bytes);
  let total = 0;
  while (walker.next(0, bytes.length)) {
    const { field: f, start, end } = walker;
    if (f === field.sample) total += heapCost.sample + sampleBody(walker, start, end, stack2);
    else if (f === field.location) total += heapCost.location + heapCost.line * walker.count(start, end, locationLine);
    else if (f === field.function) total += heapCost.function;
    else if (f === field.mapping) total += heapCost.mapping;
    else if (f === field.string) total += heapCost.string + heapCost.stringByte * (end - start);
    walker.pos = end;
  }
  return total;
}
var sampleLocations = 1;
var sampleValues = 2;
function sampleBody(walker, start, end, stack2) {
  let labels = 0;
  let values = 0;
  let nodes = 0;
  let packed = 0;
  walker.pos = start;
  while (walker.next(start, end)) {
    const { field: f, wire } = walker;
    if (f === sampleLabel) labels++;
    else if (f === sampleLocations && wire === 0) nodes++;
    else if (f === sampleLocations && wire === 2) {
      nodes += packed++ === 0 ? stack2.added(walker.start, walker.end) : walker.countVarints(walker.start, walker.end);
    } else if (f === sampleValues && wire === 0) values++;
    else if (f === sampleValues && wire === 2) values += walker.countVarints(walker.start, walker.end);
    walker.pos = walker.end;
  }
  if (packed !== 1) stack2.forget();
  return heapCost.label * labels + heapCost.value * values + heapCost.node * nodes;
}
var StackBytes = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  start = 0;
  end = 0;
  /** How many of the ids in `start .. end` may add a stack node; they become the sample before. */
  added(start, end) {
    const bytes = this.bytes;
    let common = 0;
    const most = Math.min(end - start, this.end - this.start);
    while (common < most && bytes[end - 1 - common] === bytes[this.end - 1 - common]) common++;
    let ids = 0;
    for (let i = start; i < end - common; i++) if (bytes[i] < 128) ids++;
    const shared = common > 0 && startsAnId(bytes, end - common, start) && startsAnId(bytes, this.end - common, this.start);
    this.start = start;
    this.end = end;
    return common > 0 && !shared ? ids + 1 : ids;
  }
  /** The sample read had no packed ids, or several fields of them: compare the next with nothing. */
  forget() {
    this.start = this.end = 0;
  }
};
function startsAnId(bytes, at2, start) {
  return at2 === start || bytes[at2 - 1] < 128;
}
var Walker = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  pos = 0;
  field = 0;
  wire = 0;
  /** A varint field's value. */
  value = 0;
  start = 0;
  end = 0;
  /** Reads the field at `pos`; false at `limit` or on bytes that are not protobuf. */
  next(from, limit) {
    if (this.pos < from) this.pos = from;
    if (this.pos >= limit) return false;
    const tag = this.varint(limit);
    if (tag < 8) return false;
    const wire = tag % 8;
    this.wire = wire;
    this.field = Math.floor(tag / 8);
    if (wire === 0) {
      this.value = this.varint(limit);
      this.start = this.end = this.value < 0 ? -1 : this.pos;
    } else if (wire === 1 || wire === 5) this.start = this.end = this.pos + (wire === 1 ? 8 : 4);
    else if (wire === 2) {
      const length = this.varint(limit);
      if (length < 0) return false;
      this.start = this.pos;
      this.end = this.pos + length;
    } else return false;
    return this.start >= 0 && this.end <= limit;
  }
  /** How many fields numbered `wanted` the message between start and end holds. */
  count(start, end, wanted) {
    const saved = this.pos;
    this.pos = start;
    let n = 0;
    while (this.next(start, end)) {
      if (this.field === wanted) n++;
      this.pos = this.end;
    }
    this.pos = saved;
    return n;
  }
  /** A varint's value (exact up to 2^53); -1 when it runs past `limit`. */
  varint(limit) {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10 && this.pos < limit; i++) {
      const byte = this.bytes[this.pos++];
      value += (byte & 127) * scale;
      scale *= 128;
      if (byte < 128) return value;
    }
    return -1;
  }
  /** How many varints end between start and end (a byte below 0x80 ends one). */
  countVarints(start, end) {
    let n = 0;
    for (let i = start; i < end; i++) if (this.bytes[i] < 128) n++;
    return n;
  }
};

// src/formats/protobuf-wire.ts
function wireFields(bytes, start, end, max = 4096) {
  const out = [];
  let pos = start;
  const limit = Math.min(end, bytes.length);
  while (pos < limit && out.length < max) {
    const tag = varint(bytes, pos);
    if (!tag || tag.value < 8) return void 0;
    const wire = tag.value & 7;
    const field2 = Math.floor(tag.value / 8);
    const value = valueRange(bytes, tag.next, wire);
    if (!value) return out.length > 0 || tag.next >= limit ? out : void 0;
    out.push({ field: field2, wire, start: value.start, end: Math.min(value.end, limit) });
    if (value.end > limit) break;
    pos = value.end;
  }
  return out;
}
function valueRange(bytes, pos, wire) {
  if (wire === 0) {
    const v = varint(bytes, pos);
    return v && { start: pos, end: v.next };
  }
  if (wire === 1) return { start: pos, end: pos + 8 };
  if (wire === 5) return { start: pos, end: pos + 4 };
  if (wire !== 2) return void 0;
  const length = varint(bytes, pos);
  return length && { start: length.next, end: length.next + length.value };
}
function varint(bytes, pos) {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10 && pos + i < bytes.length; i++) {
    const byte = bytes[pos + i];
    value += (byte & 127) * scale;
    scale *= 128;
    if (byte < 128) return { value, next: pos + i + 1 };
  }
  return void 0;
}

// src/formats/pprof/sniff.ts
var lengthDelimited = /* @__PURE__ */ new Set([1, 2, 3, 4, 5, 6, 11]);
var varint2 = /* @__PURE__ */ new Set([7, 8, 9, 10, 12, 14, 15]);
var packedOrVarint = /* @__PURE__ */ new Set([13]);
function sniffProfileProto(head) {
  const fields = wireFields(head, 0, head.length, 64);
  if (!fields || fields.length === 0 || fields.some((f) => !wireFits(f.field, f.wire))) return 0;
  const seen = new Set(fields.map((f) => f.field));
  if (seen.size < 2) return 0.3;
  return seen.has(1) || seen.has(11) || seen.has(2) ? 0.9 : 0.2;
}
function wireFits(field2, wire) {
  if (lengthDelimited.has(field2)) return wire === 2;
  if (varint2.has(field2)) return wire === 0;
  if (packedOrVarint.has(field2)) return wire === 0 || wire === 2;
  return false;
}

// src/formats/pprof/importer.ts
var pprofImporter = {
  id: "pprof",
  sniff: sniffProfileProto,
  estimateHeapBytes: estimateProfileHeapBytes,
  parse(bytes, ctx) {
    const decoded = decodeProfileProto(bytes);
    const profile = buildProfile(decoded, ctx.limits.maxTableEntries);
    const invalidUtf8Strings = decoded.invalidUtf8Strings;
    if (invalidUtf8Strings > 0) {
      const message = "strings that are not valid UTF-8 were read with U+FFFD in place of the bad bytes";
      ctx.diagnostics.add("pprof.invalid-utf8", message, void 0, invalidUtf8Strings);
    }
    return { format: "pprof", content: { type: "profile", profile }, diagnostics: ctx.diagnostics.list() };
  }
};

// src/formats/pprof-legacy/legacy-model.ts
function newLegacyProfile(sampleTypes, periodType, period) {
  return { sampleTypes, periodType, period, durationNanos: 0, samples: [], mappings: [] };
}
var LocationTable = class {
  byAddress = /* @__PURE__ */ new Map();
  get(address) {
    let loc = this.byAddress.get(address);
    if (!loc) {
      loc = { address };
      this.byAddress.set(address, loc);
    }
    return loc;
  }
  find(address) {
    return this.byAddress.get(address);
  }
};
function usedLocations(p) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const s of p.samples) {
    for (const l of s.locations) {
      if (seen.has(l)) continue;
      seen.add(l);
      out.push(l);
    }
  }
  return out;
}

// src/formats/pprof-legacy/memory-map.ts
var cHex = "(?:0x)?([0-9A-Fa-f]+)";
var cHexRange = `\\s*${cHex}[\\s-]?\\s*${cHex}:?`;
var cPerm = "(?:\\s+([-rwxp]+))?";
var cSpaceHex = "(?:\\s+([0-9A-Fa-f]+))?";
var cSpaceString = "(?:\\s+(\\S+))?";
var procMaps = new RegExp(`^${cHexRange}${cPerm}${cSpaceHex}\\s+[0-9A-Fa-f]+:[0-9A-Fa-f]+\\s+[0-9]+${cSpaceString}`);
var briefMaps = new RegExp(`^${cHexRange}${cPerm}${cSpaceString}(?:\\s+\\(@([0-9A-Fa-f]+)\\))?${cSpaceHex}`);
var logPrefix = /^[^[\]]+:[0-9]+]\s/;
var libFile = /([.]so$|[.]so[._][0-9]+)/;
var maxUint64 = (1n << 64n) - 1n;
function parseMemoryMap(s, p) {
  const replacements = [];
  while (s.scan()) {
    const line = replaceAttrs(removeLoggingInfo(s.text), replacements);
    const m = mappingEntry(line);
    if (m === "unrecognized") {
      const eq = line.indexOf("=");
      if (eq >= 0) replacements.push([`$${line.slice(0, eq).trim()}`, line.slice(eq + 1).trim()]);
      continue;
    }
    if (m) p.mappings.push(m);
  }
  massageMappings(p);
  remapMappings(p);
}
function removeLoggingInfo(line) {
  const m = logPrefix.exec(line);
  return m ? line.slice(m[0].length) : line;
}
function replaceAttrs(line, pairs) {
  if (pairs.length === 0) return line;
  let out = "";
  for (let i = 0; i < line.length; ) {
    const hit = pairs.find(([from]) => from !== "" && line.startsWith(from, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else out += line[i++];
  }
  return out;
}
function mappingFields(line) {
  const proc = procMaps.exec(line);
  if (proc) {
    const [, start = "", end = "", perm, offset, file] = proc;
    return { start, end, perm, offset, file, buildId: void 0 };
  }
  const b = briefMaps.exec(line);
  if (b) return { start: b[1] ?? "", end: b[2] ?? "", perm: b[3], file: b[4], offset: b[5], buildId: b[6] };
  return void 0;
}
function mappingEntry(line) {
  const f = mappingFields(line);
  if (!f) return "unrecognized";
  if (f.perm && !f.perm.includes("x")) return void 0;
  const start = BigInt(`0x${f.start}`);
  const limit = BigInt(`0x${f.end}`);
  const offset = f.offset ? BigInt(`0x${f.offset}`) : 0n;
  if (start > maxUint64 || limit > maxUint64 || offset > maxUint64) return "unrecognized";
  return { start, limit, offset, file: f.file ?? "", buildId: f.buildId ?? "" };
}
function adjacent(a, b) {
  if (a.file !== "" && b.file !== "" && a.file !== b.file) return false;
  if (a.buildId !== "" && b.buildId !== "" && a.buildId !== b.buildId) return false;
  if (a.limit !== b.start) return false;
  return a.offset === 0n || b.offset === 0n || a.offset + (a.limit - a.start) === b.offset;
}
function massageMappings(p) {
  if (p.mappings.length > 1) {
    const merged = [p.mappings[0]];
    for (const m of p.mappings.slice(1)) {
      const last = merged[merged.length - 1];
      if (!adjacent(last, m)) {
        merged.push(m);
        continue;
      }
      last.limit = m.limit;
      if (m.file !== "") last.file = m.file;
      if (m.buildId !== "") last.buildId = m.buildId;
    }
    p.mappings = merged;
  }
  const main = p.mappings.findIndex((m) => {
    const file = m.file.replace(/\(deleted\)/g, "").trim();
    return file !== "" && !libFile.test(file) && !file.startsWith("[");
  });
  if (main > 0) [p.mappings[0], p.mappings[main]] = [p.mappings[main], p.mappings[0]];
}
function remapMappings(p) {
  const first = p.mappings[0];
  const second = p.mappings[1];
  if (first?.file.startsWith("/anon_hugepage") && second && first.limit === second.start) p.mappings.shift();
  const main = p.mappings[0];
  if (main && main.start - main.offset === 0x400000n) {
    main.start = 0x400000n;
    main.offset = 0n;
  }
  let fake;
  for (const loc of usedLocations(p)) {
    if (loc.mapping || loc.address === 0n) continue;
    const address = loc.address;
    loc.mapping = p.mappings.find((m) => m.start <= address && address < m.limit) ?? splitMapping(p, address);
    if (loc.mapping) continue;
    if (!fake) {
      fake = { start: 0n, limit: maxUint64, offset: 0n, file: "", buildId: "" };
      p.mappings.push(fake);
    }
    loc.mapping = fake;
  }
}
function splitMapping(p, address) {
  const covers = (m2) => m2.offset !== 0n && m2.offset <= m2.start && m2.start - m2.offset <= address;
  const m = p.mappings.find((m2) => covers(m2) && address < m2.start);
  if (m) {
    m.start -= m.offset;
    m.offset = 0n;
  }
  return m;
}

// src/formats/pprof-legacy/line-scanner.ts
var LineScanner = class {
  lines;
  next = 0;
  text = "";
  constructor(input) {
    this.lines = input.split("\n");
    if (this.lines[this.lines.length - 1] === "") this.lines.pop();
  }
  scan() {
    const line = this.lines[this.next];
    if (line === void 0) {
      this.text = "";
      return false;
    }
    this.next += 1;
    this.text = line.endsWith("\r") ? line.slice(0, -1) : line;
    return true;
  }
  /** 1-based number of the current line. */
  get lineNumber() {
    return this.next;
  }
};
function isSpaceOrComment(line) {
  const trimmed2 = line.trim();
  return trimmed2 === "" || trimmed2.startsWith("#");
}
function isMemoryMapSentinel(line) {
  return line.includes("--- Memory map: ---") || line.includes("MAPPED_LIBRARIES:");
}
var hexNumber = /0x[0-9a-f]+/g;
function parseHexAddresses(s) {
  const out = [];
  for (const m of s.matchAll(hexNumber)) {
    if (m[0].length > 18 && BigInt(m[0]) > 0xffffffffffffffffn) return void 0;
    out.push(BigInt(m[0]));
  }
  return out;
}
function parseIntBase0(s) {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return void 0;
  const body = m[2];
  let value = Number(body);
  if (/^0[xX]/.test(body)) value = parseInt(body.slice(2), 16);
  else if (body.startsWith("0")) value = parseInt(body, 8) || 0;
  return m[1] === "-" ? -value : value;
}

// src/formats/pprof-legacy/legacy-text.ts
var countStart = /^(\S+) profile: total \d+$/;
var countLine = /^(\d+) @((?: 0x[0-9a-f]+)+)$/;
var heapHeader = /heap profile: *(\d+): *(\d+) *\[ *(\d+): *(\d+) *\] *@ *(heap[_a-z0-9]*)\/?(\d*)/;
var heapSample = /(-?\d+): *(-?\d+) *\[ *(\d+): *(\d+) *] @([ x0-9a-f]*)/;
var growthHeader = /heap profile: *(\d+): *(\d+) *\[ *(\d+): *(\d+) *\] @ growthz?/;
var fragmentationHeader = /heap profile: *(\d+): *(\d+) *\[ *(\d+): *(\d+) *\] @ fragmentationz?/;
var contentionSample = /(\d+) *(\d+) @([ x0-9a-f]*)/;
function malformed(s, detail) {
  return new FormatError("pprof-legacy", "pprof-legacy.malformed", detail, { line: s.lineNumber });
}
function stack(addresses, table2, adjustLeaf = true) {
  return addresses.map((a, i) => table2.get(adjustLeaf || i > 0 ? a - 1n & 0xffffffffffffffffn : a));
}
function finish(s, p) {
  while (!isMemoryMapSentinel(s.text) && s.scan()) ;
  parseMemoryMap(s, p);
  return p;
}
function parseGoCount(text) {
  const s = new LineScanner(text);
  while (s.scan() && isSpaceOrComment(s.text)) ;
  const header3 = countStart.exec(s.text);
  if (!header3) return void 0;
  const type = { type: header3[1], unit: "count" };
  const p = newLegacyProfile([type], type, 1);
  const table2 = new LocationTable();
  while (s.scan()) {
    if (isSpaceOrComment(s.text)) continue;
    if (s.text.startsWith("---")) break;
    const m = countLine.exec(s.text);
    const n = m ? parseIntBase0(m[1]) : void 0;
    const addresses = m ? parseHexAddresses(m[2]) : void 0;
    if (n === void 0 || !addresses) {
      throw malformed(s, `not a \`count @ 0x\u2026\` line: ${JSON.stringify(s.text.slice(0, 60))}`);
    }
    p.samples.push({ locations: stack(addresses, table2), values: [n] });
  }
  return finish(s, p);
}
function parseHeap(text) {
  const s = new LineScanner(text);
  if (!s.scan()) return void 0;
  const header3 = heapHeaderParts(s.text);
  if (!header3) return void 0;
  const types2 = header3.hasAlloc ? ["alloc_objects", "count", "alloc_space", "bytes", "inuse_objects", "count", "inuse_space", "bytes"] : ["objects", "count", "space", "bytes"];
  const sampleTypes = [];
  for (let i = 0; i < types2.length; i += 2) {
    sampleTypes.push({ type: types2[i], unit: types2[i + 1] });
  }
  const p = newLegacyProfile(sampleTypes, { type: "space", unit: "bytes" }, header3.period);
  const table2 = new LocationTable();
  while (s.scan()) {
    const line = s.text.trim();
    if (isSpaceOrComment(line)) continue;
    if (isMemoryMapSentinel(line)) break;
    const m = heapSample.exec(line);
    if (!m) throw malformed(s, `not a heap sample line: ${JSON.stringify(line.slice(0, 60))}`);
    const values = [];
    let bytes = 0;
    const add = (count, size, label) => {
      if (count === 0 && size !== 0) throw malformed(s, `${label} count was 0 but ${label} bytes was ${size}`);
      if (count !== 0) {
        bytes = Math.trunc(size / count);
        if (header3.sampling === "v2") [count, size] = scaleHeapSample(count, size, header3.period);
      }
      values.push(count, size);
    };
    if (header3.hasAlloc) add(Number(m[3]), Number(m[4]), "allocation");
    add(Number(m[1]), Number(m[2]), "inuse");
    const addresses = parseHexAddresses(m[5]);
    if (!addresses) throw malformed(s, "an address does not fit 64 bits");
    p.samples.push({ locations: stack(addresses, table2), values, bytes });
  }
  return finish(s, p);
}
function heapHeaderParts(line) {
  const h = heapHeader.exec(line);
  if (!h) {
    const unsampled = growthHeader.test(line) || fragmentationHeader.test(line);
    return unsampled ? { sampling: "", period: 1, hasAlloc: false } : void 0;
  }
  const period = h[6] ? Number(h[6]) : 0;
  const hasAlloc = h[3] !== h[1] && h[3] !== "0" || h[4] !== h[2] && h[4] !== "0";
  switch (h[5]) {
    case "heapz_v2":
    case "heap_v2":
      return { sampling: "v2", period, hasAlloc };
    case "heapprofile":
      return { sampling: "", period: 1, hasAlloc };
    case "heap":
      return { sampling: "v2", period: Math.trunc(period / 2), hasAlloc };
    default:
      return void 0;
  }
}
function scaleHeapSample(count, size, rate) {
  if (count === 0 || size === 0) return [0, 0];
  if (rate <= 1) return [count, size];
  const scale = 1 / (1 - Math.exp(-(size / count) / rate));
  return [Math.trunc(count * scale), Math.trunc(size * scale)];
}
function parseContention(text) {
  const s = new LineScanner(text);
  if (!s.scan() || !/^--- (contentionz |mutex:|contention:)/.test(s.text)) return void 0;
  const types2 = [
    { type: "contentions", unit: "count" },
    { type: "delay", unit: "nanoseconds" }
  ];
  const p = newLegacyProfile(types2, { type: "contentions", unit: "count" }, 1);
  let cpuHz = 0;
  while (s.scan()) {
    const line = s.text.trim();
    if (isSpaceOrComment(line)) continue;
    if (line.startsWith("---")) break;
    const eq = line.indexOf("=");
    if (eq < 0) break;
    const value = parseIntBase0(line.slice(eq + 1).trim());
    const key = line.slice(0, eq).trim();
    if (key === "discarded samples") continue;
    if (value === void 0 || !["cycles/second", "sampling period", "ms since reset"].includes(key)) return void 0;
    if (key === "cycles/second") cpuHz = value;
    else if (key === "sampling period") p.period = value;
    else p.durationNanos = value * 1e6;
  }
  const table2 = new LocationTable();
  for (; ; ) {
    const line = s.text.trim();
    if (line.startsWith("---")) break;
    if (!isSpaceOrComment(line)) {
      const m = contentionSample.exec(line);
      if (!m) return void 0;
      let cycles = Number(m[1]);
      let count = Number(m[2]);
      if (p.period > 0) {
        if (cpuHz > 0) cycles = Math.trunc(cycles * p.period / (cpuHz / 1e9));
        count *= p.period;
      }
      const addresses = parseHexAddresses(m[3]);
      if (!addresses) throw malformed(s, "an address does not fit 64 bits");
      p.samples.push({ locations: stack(addresses, table2), values: [count, cycles] });
    }
    if (!s.scan()) break;
  }
  return finish(s, p);
}

// src/formats/pprof-legacy/legacy-java.ts
var attribute = /([\w ]+)=([\w ]+)/;
var javaSample = / *(\d+) +(\d+) +@ +([ x0-9a-f]*)/;
var javaLocation = /^\s*0x([0-9A-Fa-f]+)\s+(.*)\s*$/;
var fileLine = /^(.*)\s+\((.+):(-?[0-9]+)\)$/;
var filePath = /^(.*)\s+\((.*)\)$/;
var javaHeapSamplingRate = 524288;
function fail3(line, detail) {
  return new FormatError("pprof-legacy", "pprof-legacy.malformed", detail, { line });
}
function parseJavaProfile(text) {
  const lines = text.split("\n");
  if (lines.length < 2) return void 0;
  const headerLine = lines[0].trim();
  const kinds4 = { "--- heapz 1 ---": "heap", "--- contentionz 1 ---": "contention" };
  const kind = kinds4[headerLine];
  if (!kind) return void 0;
  const p = newLegacyProfile([], { type: "", unit: "" }, 0);
  let i = 1;
  for (; i < lines.length - 1; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const h = attribute.exec(line);
    if (!h) break;
    if (!javaAttribute(kind, h[1].trim(), h[2].trim(), p, i + 1)) return void 0;
  }
  const table2 = new LocationTable();
  for (; i < lines.length - 1; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const m = javaSample.exec(line);
    if (!m) break;
    const addresses = parseHexAddresses(m[3]);
    if (!addresses) throw fail3(i + 1, "an address does not fit 64 bits");
    const values = [Number(m[2]), Number(m[1])];
    let bytes;
    if (kind === "heap") {
      if (values[0] === 0) throw fail3(i + 1, `parsing sample ${line.slice(0, 60)}: second value must be non-zero`);
      bytes = Math.trunc(values[1] / values[0]);
      [values[0], values[1]] = scaleHeapSample(values[0], values[1], javaHeapSamplingRate);
    } else if (p.period !== 0) {
      values[0] = values[0] * p.period;
      values[1] = values[1] * p.period;
    }
    const sample = { locations: addresses.map((a) => table2.get(a)), values };
    p.samples.push(bytes === void 0 ? sample : { ...sample, bytes });
  }
  parseJavaLocations(lines.slice(i).join("\n"), table2, p);
  return p;
}
function javaAttribute(kind, key, value, p, line) {
  switch (`${kind}/${key}`) {
    case "heap/format":
    case "contention/format":
      return value === "java";
    case "heap/resolution":
      p.sampleTypes = [
        { type: "inuse_objects", unit: "count" },
        { type: "inuse_space", unit: value }
      ];
      return true;
    case "contention/resolution":
      p.sampleTypes = [
        { type: "contentions", unit: "count" },
        { type: "delay", unit: value }
      ];
      return true;
    case "contention/sampling period":
      p.periodType = { type: "contentions", unit: "count" };
      p.period = Number.parseInt(value, 10);
      if (!/^\d+$/.test(value)) throw fail3(line, `failed to parse attribute ${key}`);
      return true;
    case "contention/ms since reset":
      if (!/^\d+$/.test(value)) throw fail3(line, `failed to parse attribute ${key}`);
      p.durationNanos = Number(value) * 1e6;
      return true;
    default:
      return false;
  }
}
function parseJavaLocations(text, table2, p) {
  const functions = /* @__PURE__ */ new Map();
  for (const raw of text.split("\n")) {
    const m = javaLocation.exec(raw.trim());
    if (!m) continue;
    const loc = table2.find(BigInt(`0x${m[1]}`));
    if (!loc) continue;
    const { name, filename, line } = javaFrame(m[2]);
    let fn = functions.get(name);
    if (!fn) {
      fn = { name, filename };
      functions.set(name, fn);
    }
    loc.line = { fn, line };
    loc.address = 0n;
  }
  parseMemoryMap(new LineScanner(""), p);
  for (const loc of usedLocations(p)) loc.address = 0n;
}
function javaFrame(text) {
  const fl = fileLine.exec(text);
  if (fl) {
    const n = Number.parseInt(fl[3], 10);
    return { name: fl[1], filename: fl[2], line: n > 0 ? n : 0 };
  }
  const fp = filePath.exec(text);
  if (fp) return { name: fp[1], filename: fp[2].split("/").pop() ?? "", line: 0 };
  if (text.includes("generated stub/JIT")) return { name: "STUB", filename: "", line: 0 };
  return { name: text, filename: "", line: 0 };
}

// src/formats/pprof-legacy/legacy-thread.ts
var threadzStart = /--- threadz \d+ ---/;
var threadStart = /--- Thread ([0-9A-Fa-f]+) \(name: (.*)\/(\d+)\) stack: ---/;
function parseThread(text) {
  const s = new LineScanner(text);
  while (s.scan() && isSpaceOrComment(s.text)) ;
  let line = s.text;
  if (threadzStart.test(line)) {
    while (s.scan()) {
      line = s.text;
      if (isMemoryMapSentinel(line) || line.startsWith("-")) break;
    }
  } else if (!threadStart.test(line)) return void 0;
  const type = { type: "thread", unit: "count" };
  const p = newLegacyProfile([type], type, 1);
  const table2 = new LocationTable();
  while (!isMemoryMapSentinel(line)) {
    if (line.startsWith("---- no stack trace for")) break;
    if (!threadStart.test(line)) return void 0;
    const sample = threadSample(s);
    line = sample.next;
    if (!sample.addresses) {
      const last = p.samples[p.samples.length - 1];
      if (last) last.values[0] = (last.values[0] ?? 0) + 1;
      continue;
    }
    p.samples.push({ locations: stack(sample.addresses, table2, false), values: [1] });
  }
  finish(s, p);
  cleanupDuplicateLocations(p.samples);
  return p;
}
function threadSample(s) {
  let line = "";
  let same = false;
  const addresses = [];
  while (s.scan()) {
    line = s.text.trim();
    if (line === "") continue;
    if (line.startsWith("---")) break;
    if (line.includes("same as previous thread")) {
      same = true;
      continue;
    }
    const found = parseHexAddresses(line);
    if (!found) throw malformed(s, "an address does not fit 64 bits");
    for (const a of found) addresses.push(a);
  }
  return { next: line, addresses: same ? void 0 : addresses };
}
function cleanupDuplicateLocations(samples) {
  for (const s of samples) {
    const [leaf, next] = s.locations;
    if (leaf && next && leaf.address === next.address + 1n) s.locations.splice(1, 1);
  }
}

// src/formats/pprof-legacy/legacy-cpu.ts
var readers = [
  { size: 4, little: true },
  { size: 4, little: false },
  { size: 8, little: true },
  { size: 8, little: false }
];
function word(b, pos, r) {
  if (pos + r.size > b.length) return void 0;
  let v = 0n;
  for (let i = 0; i < r.size; i++) v = v << 8n | BigInt(b[pos + (r.little ? r.size - 1 - i : i)]);
  return v;
}
function sniffLegacyCpu(b) {
  return readers.some((r) => header(b, r) !== void 0);
}
function header(b, r) {
  const w = [0, 1, 2, 3, 4].map((i) => word(b, i * r.size, r));
  if (w.some((x) => x === void 0) || w[0] !== 0n || w[1] !== 3n || w[4] !== 0n) return void 0;
  if (w[3] <= 0n) return void 0;
  if (w[2] !== 0n && w[2] !== 1n) return void 0;
  return { java: w[2] === 1n, periodUs: Number(w[3]) };
}
function parseCpu(b) {
  for (const r of readers) {
    const h = header(b, r);
    if (!h) continue;
    const types2 = [
      { type: "samples", unit: "count" },
      { type: "cpu", unit: "nanoseconds" }
    ];
    const p = newLegacyProfile(types2, { type: "cpu", unit: "nanoseconds" }, h.periodUs * 1e3);
    const table2 = new LocationTable();
    const rest = cpuSamples(b, 5 * r.size, r, !h.java, p, table2);
    if (rest === void 0) return void 0;
    const text = new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(rest));
    if (h.java) {
      parseJavaLocations(text, table2, p);
      return p;
    }
    stripSignalFrames(p);
    parseMemoryMap(new LineScanner(text), p);
    cleanupDuplicateLocations(p.samples);
    return p;
  }
  return void 0;
}
function cpuSamples(b, start, r, adjust, p, table2) {
  let pos = start;
  while (pos < b.length) {
    const count = word(b, pos, r);
    const depth = word(b, pos + r.size, r);
    if (count === void 0 || depth === void 0) return void 0;
    pos += 2 * r.size;
    if (depth > BigInt(Math.floor((b.length - pos) / 4))) return void 0;
    const addresses = [];
    for (let i = 0; i < Number(depth); i++) {
      addresses.push(word(b, pos, r) ?? 0n);
      pos += r.size;
    }
    pos = Math.min(pos, b.length);
    if (count === 0n && depth === 1n && addresses[0] === 0n) break;
    const locations = addresses.map((a, i) => table2.get(adjust && i > 0 ? a - 1n & 0xffffffffffffffffn : a));
    const n = Number(count);
    p.samples.push({ locations, values: [n, n * p.period] });
  }
  return pos;
}
function stripSignalFrames(p) {
  const margin = Math.floor(p.samples.length / 32);
  for (let iter = 0; iter < 2; iter++) {
    const counts = /* @__PURE__ */ new Map();
    for (const s of p.samples) {
      const second = s.locations[1];
      if (second) counts.set(second.address, (counts.get(second.address) ?? 0) + 1);
    }
    for (const [address, count] of counts) {
      if (count < p.samples.length - margin) continue;
      for (const s of p.samples) if (s.locations[1]?.address === address) s.locations.splice(1, 1);
      break;
    }
  }
}

// src/formats/pprof-legacy/to-profile.ts
var dropFramesByKind = {
  heap: [
    "calloc|cfree|malloc|free|memalign|do_memalign|(__)?posix_memalign|pvalloc|valloc|realloc",
    "tcmalloc::.*|runtime\\..*"
  ].join("|"),
  contention: "RecordLockProfileData|(base::)?RecordLockProfileData.*|(Mutex::)?Unlock.*|(SpinLock::)?Unlock.*",
  cpu: "ProfileData::Add|ProfileData::prof_handler|CpuProfiler::prof_handler|__pthread_sighandler|__restore"
};
function toProfile(p) {
  const locations = usedLocations(p);
  const locationIndex = new Map(locations.map((l, i) => [l, i]));
  const mappingIndex = new Map(p.mappings.map((m, i) => [m, i]));
  const functionIndex = /* @__PURE__ */ new Map();
  const functions = [];
  const modelLocations = locations.map((l) => {
    const lines = [];
    if (l.line) {
      let fi = functionIndex.get(l.line.fn);
      if (fi === void 0) {
        const { name, filename } = l.line.fn;
        fi = functions.push({ name, systemName: name, filename, startLine: 0 }) - 1;
        functionIndex.set(l.line.fn, fi);
      }
      lines.push({ functionIndex: fi, line: l.line.line, column: 0 });
    }
    const mapping = l.mapping ? mappingIndex.get(l.mapping) ?? -1 : -1;
    return { mappingIndex: mapping, address: l.address, lines, isFolded: false };
  });
  const samples = new SampleColumnsBuilder(p.sampleTypes.length, p.samples.length);
  for (const s of p.samples) {
    const labels = s.bytes === void 0 ? [] : [{ key: "bytes", num: s.bytes }];
    samples.push({ locations: s.locations.map((l) => locationIndex.get(l) ?? 0), values: s.values, labels });
  }
  const profile = {
    sampleTypes: p.sampleTypes,
    defaultSampleType: p.sampleTypes[p.sampleTypes.length - 1]?.type ?? "",
    samples: samples.build(modelLocations.length),
    locations: modelLocations,
    functions,
    mappings: p.mappings.map(toMapping),
    periodType: p.periodType,
    period: p.period,
    durationNanos: p.durationNanos,
    timeNanos: 0,
    comments: [],
    dropFrames: dropFramesOf(p),
    keepFrames: ""
  };
  return { kind: inferProfileKind(profile), ...profile };
}
function toMapping(m) {
  const common = { hasFunctions: false, hasFilenames: false, hasLineNumbers: false, hasInlineFrames: false };
  const where2 = { memoryStart: m.start, memoryLimit: m.limit, fileOffset: m.offset };
  return { ...where2, filename: m.file, buildId: m.buildId, ...common };
}
function dropFramesOf(p) {
  const types2 = p.sampleTypes.map((t) => t.type).join(",");
  const heap = /^(allocations,size|objects,space|inuse_objects,inuse_space|alloc_objects,alloc_space)$/;
  const goHeap = "alloc_objects,alloc_space,inuse_objects,inuse_space";
  if (heap.test(types2) || types2 === goHeap) {
    return dropFramesByKind["heap"] ?? "";
  }
  return types2 === "contentions,delay" ? dropFramesByKind["contention"] ?? "" : dropFramesByKind["cpu"] ?? "";
}

// src/formats/pprof-legacy/importer.ts
var textHeader = new RegExp(
  "^(?:\\s*#.*\\n|\\s*\\n)*(heap profile: |\\S+ profile: total \\d|--- (contentionz|mutex:|contention:|threadz \\d|heapz 1|Thread [0-9A-Fa-f]+ \\(name: ))"
);
var format = "pprof-legacy";
var pprofLegacyImporter = {
  id: format,
  sniff(head) {
    if (sniffLegacyCpu(head)) return 0.8;
    const text = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 4096));
    return textHeader.test(text) ? 0.9 : 0;
  },
  parse(bytes, ctx) {
    const profile = parseLegacy(bytes);
    if (!profile) throw new FormatError(format, `${format}.unrecognized`, "not a legacy profile pprof reads");
    const max = ctx.limits.maxTableEntries;
    if (profile.samples.length > max) {
      throw new FormatError(format, `${format}.too-large`, `more than maxTableEntries=${max} samples`);
    }
    return { format, content: { type: "profile", profile: toProfile(profile) }, diagnostics: ctx.diagnostics.list() };
  }
};
function parseLegacy(bytes) {
  const cpu = parseCpu(bytes);
  if (cpu) return cpu;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return parseHeap(text) ?? parseGoCount(text) ?? parseThread(text) ?? parseContention(text) ?? parseJavaProfile(text);
}

// src/formats/folded/profile-builder.ts
var ProfileBuilder = class {
  constructor(sampleType, maxDepth) {
    this.maxDepth = maxDepth;
    this.profile = {
      kind: "folded",
      sampleTypes: [sampleType],
      defaultSampleType: sampleType.type,
      locations: [],
      functions: [],
      mappings: [],
      periodType: void 0,
      period: 0,
      durationNanos: 0,
      timeNanos: 0,
      comments: [],
      dropFrames: "",
      keepFrames: ""
    };
    this.samples = new SampleColumnsBuilder(1);
  }
  maxDepth;
  locationByName = /* @__PURE__ */ new Map();
  profile;
  samples;
  sampleCount = 0;
  /** Stacks cut to maxDepth (at the root end). */
  cutCount = 0;
  /** Adds one stack, root first, with its value. */
  add(rootFirst, value) {
    if (rootFirst.length > this.maxDepth) this.cutCount += 1;
    const frames = rootFirst.length > this.maxDepth ? rootFirst.slice(rootFirst.length - this.maxDepth) : rootFirst;
    for (let i = frames.length - 1; i >= 0; i--) this.samples.frame(this.locationFor(frames[i]));
    this.samples.addValue(0, value);
    this.samples.end();
    this.sampleCount += 1;
  }
  build() {
    return { ...this.profile, samples: this.samples.build(this.profile.locations.length) };
  }
  locationFor(name) {
    const known = this.locationByName.get(name);
    if (known !== void 0) return known;
    const functionIndex = this.profile.functions.push({ name, systemName: name, filename: "", startLine: 0 }) - 1;
    const index = this.profile.locations.push({
      mappingIndex: -1,
      address: 0n,
      lines: [{ functionIndex, line: 0, column: 0 }],
      isFolded: false
    }) - 1;
    this.locationByName.set(name, index);
    return index;
  }
};
function stackArtifact(format6, builder, ctx) {
  if (builder.cutCount > 0) {
    const message = `stacks deeper than maxStackDepth=${ctx.limits.maxStackDepth} were cut at the root end`;
    ctx.diagnostics.add("limits.stack-depth", message, ctx.path, builder.cutCount);
  }
  return { format: format6, content: { type: "profile", profile: builder.build() }, diagnostics: ctx.diagnostics.list() };
}

// src/formats/folded/importer.ts
var stackLine = /^(.*\S)\s+(\d+)\s*$/;
var foldedImporter = {
  id: "folded",
  sniff: sniffFolded,
  parse(bytes, ctx) {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    const builder = new ProfileBuilder({ type: "samples", unit: "count" }, ctx.limits.maxStackDepth);
    let lineNumber = 0;
    for (const line of text.split("\n")) {
      lineNumber += 1;
      const trimmed2 = line.replace(/\r$/, "");
      if (trimmed2.trim() === "" || trimmed2.startsWith("#")) continue;
      const match = stackLine.exec(trimmed2);
      if (!match?.[1] || !match[2] || !Number.isSafeInteger(Number(match[2]))) {
        ctx.diagnostics.add(
          "folded.bad-line",
          "lines that are not `frame;frame;\u2026 count` were skipped",
          `${ctx.path}:${lineNumber}`
        );
        continue;
      }
      builder.add(match[1].split(";"), Number(match[2]));
    }
    if (builder.sampleCount === 0)
      throw new FormatError("folded", "folded.no-stacks", "no `frame;frame;\u2026 count` line in the file", { line: 1 });
    return stackArtifact("folded", builder, ctx);
  }
};
function sniffFolded(head) {
  if (head.length === 0 || head.includes(0)) return 0;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
  const lines = text.split("\n").slice(0, 50);
  if (text.length === head.length && lines.length > 1) lines.pop();
  const content = lines.filter((l) => l.trim() !== "" && !l.startsWith("#"));
  if (content.length === 0) return 0;
  const stacks = content.filter((l) => stackLine.test(l.replace(/\r$/, "")));
  const withFrames = stacks.filter((l) => l.includes(";")).length;
  if (stacks.length / content.length < 0.8) return 0;
  return withFrames > 0 ? 0.6 : 0.3;
}

// src/formats/perf-script/collapse-perf.ts
var eventHeader = /^(\S.+?)\s+(\d+)\/*(\d+)*\s+/;
var eventPeriod = /:\s*(\d+)*\s+(\S+):\s*$/;
var stackLine2 = /^\s*(\w+)\s*(.+) \((.*)\)/;
function collapsePerf(text) {
  const out = { stacks: /* @__PURE__ */ new Map(), unrecognized: 0, filteredEvent: "" };
  let eventFilter = "";
  let stack2 = [];
  let pname;
  let period = 1;
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) {
    if (line.startsWith("#")) continue;
    if (line === "") {
      if (pname === void 0 || pname === "") continue;
      stack2.unshift(pname);
      const key = stack2.join(";");
      out.stacks.set(key, (out.stacks.get(key) ?? 0) + period);
      stack2 = [];
      pname = void 0;
      continue;
    }
    const header3 = eventHeader.exec(line);
    if (header3) {
      const p = eventPeriod.exec(line);
      if (p) {
        const event = p[2];
        if (eventFilter === "") eventFilter = event;
        else if (event !== eventFilter) {
          out.filteredEvent = event;
          continue;
        }
      }
      period = p?.[1] ? Number(p[1]) : 1;
      pname = header3[1].replace(/ /g, "_");
      continue;
    }
    const frame2 = stackLine2.exec(line);
    if (!frame2) {
      out.unrecognized += 1;
      continue;
    }
    if (pname === void 0 || pname === "") continue;
    const frames = framesOf(frame2[2], frame2[3], pname);
    if (frames) stack2.unshift(...frames);
  }
  return out;
}
function framesOf(raw, module, pname) {
  const rawfunc = raw.replace(/\+0x[\da-f]+$/, "");
  if (rawfunc.startsWith("(")) return void 0;
  const frames = [];
  for (const part of rawfunc.split("->")) {
    let func = part;
    if (func === "[unknown]") func = module !== "[unknown]" ? `[${module.replace(/.*\//, "")}]` : "[unknown]";
    func = func.replace(/;/g, ":");
    if (!/\.\(.*\)\./.test(func)) func = func.replace(/\((?!anonymous namespace\)).*/, "");
    func = func.replace(/["']/g, "");
    if (pname.startsWith("java") && func.includes("/")) func = func.replace(/^L/, "");
    if (frames.length > 0 && !func.includes("_[i]")) func += "_[i]";
    frames.push(func);
  }
  return frames;
}

// src/formats/perf-script/importer.ts
var header2 = /^\S.*?\s+\d+(\/\d+)?\s+.*\S:\s*$/;
var frame = /^\s+[0-9a-f]+ .+ \(.*\)\s*$/;
var perfScriptImporter = {
  id: "perf-script",
  sniff(head) {
    if (head.length === 0 || head.includes(0)) return 0;
    const lines = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 16384)).split("\n");
    for (let i = 0; i + 1 < lines.length && i < 200; i++) {
      if (header2.test(lines[i]) && frame.test(lines[i + 1])) return 0.8;
    }
    return 0;
  },
  parse(bytes, ctx) {
    const collapsed = collapsePerf(new TextDecoder("utf-8", { fatal: false }).decode(bytes));
    if (collapsed.unrecognized > 0) {
      const message = "lines that are not a perf script event or stack line were skipped";
      ctx.diagnostics.add("perf-script.bad-line", message, ctx.path, collapsed.unrecognized);
    }
    if (collapsed.filteredEvent !== "") {
      const other = collapsed.filteredEvent;
      const message = `events other than the first type (${other}, \u2026) were skipped, as stackcollapse-perf.pl does`;
      ctx.diagnostics.add("perf-script.other-event", message);
    }
    if (collapsed.stacks.size === 0) {
      throw new FormatError("perf-script", "perf-script.no-stacks", "no event record with a call stack", { line: 1 });
    }
    const builder = new ProfileBuilder({ type: "samples", unit: "count" }, ctx.limits.maxStackDepth);
    const sorted = [...collapsed.stacks].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    for (const [stack2, count] of sorted) builder.add(stack2.split(";"), count);
    return stackArtifact("perf-script", builder, ctx);
  }
};

// src/formats/bpftrace/importer.ts
var open = /^@\w*\[(.*)$/;
var close = /^\s*(.*?)\]: (\d+)\s*$/;
var perfFrame = /^[0-9a-fA-F]+ (.+) \(.*\)$/;
var bpftraceImporter = {
  id: "bpftrace",
  sniff(head) {
    if (head.length === 0 || head.includes(0)) return 0;
    const text = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 16384));
    return /^@\w*\[[^\]\n]*\n/m.test(text) && /^\]: \d+\s*$/m.test(text) ? 0.8 : 0;
  },
  parse(bytes, ctx) {
    const builder = new ProfileBuilder({ type: "samples", unit: "count" }, ctx.limits.maxStackDepth);
    let key;
    let root = "";
    let lineNumber = 0;
    for (const raw of new TextDecoder("utf-8", { fatal: false }).decode(bytes).split("\n")) {
      lineNumber += 1;
      const line = raw.replace(/\r$/, "");
      if (!key) {
        const m = open.exec(line);
        if (m) {
          key = [];
          root = (m[1] ?? "").replace(/,\s*$/, "").trim();
        }
        continue;
      }
      const end = close.exec(line);
      if (end) {
        addFrame(key, end[1] ?? "");
        const rootFirst = key.reverse();
        if (root !== "") rootFirst.unshift(root);
        if (rootFirst.length > 0) builder.add(rootFirst, Number(end[2]));
        key = void 0;
        continue;
      }
      addFrame(key, line);
    }
    if (key) {
      const message = "the last map entry has no `]: count` line and was skipped";
      ctx.diagnostics.add("bpftrace.truncated", message, `${ctx.path}:${lineNumber}`);
    }
    if (builder.sampleCount === 0) {
      const detail = "no `@[stack]: count` map entry in the file";
      throw new FormatError("bpftrace", "bpftrace.no-stacks", detail, { line: 1 });
    }
    return stackArtifact("bpftrace", builder, ctx);
  }
};
function addFrame(key, line) {
  let frame2 = line.trim().replace(/^,\s*/, "");
  if (frame2 === "" || frame2 === ",") return;
  frame2 = perfFrame.exec(frame2)?.[1] ?? frame2;
  key.push(frame2.replace(/\+(0x[0-9a-f]+|\d+)$/, ""));
}

// src/formats/span-json/bad-id-spans.ts
var BadIdSpans = class {
  constructor(format6) {
    this.format = format6;
  }
  format;
  dropped = 0;
  first = "";
  /** The mapped span, or undefined when mapping it failed on a non-hex id. */
  keep(map) {
    try {
      return map();
    } catch (err) {
      if (!(err instanceof FormatError) || err.code !== `${this.format}.bad-id`) throw err;
      this.dropped += 1;
      if (this.first === "") this.first = err.message;
      return void 0;
    }
  }
  /** Reports the dropped spans; throws when they were all the file held. */
  finish(kept, diagnostics) {
    if (this.dropped === 0) return;
    if (kept === 0) {
      const detail = `${this.first}; every span (${this.dropped}) has a non-hex trace or span id (exporters write hex)`;
      throw new FormatError(this.format, `${this.format}.no-hex-ids`, detail);
    }
    const message = `spans with a non-hex trace or span id were dropped (first: ${this.first})`;
    diagnostics.add(`${this.format}.bad-id`, message, void 0, this.dropped);
  }
};

// src/formats/span-json/json-text.ts
function decodeUtf8(bytes, format6) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new FormatError(format6, `${format6}.bad-utf8`, "input is not valid UTF-8", { offset: firstBadUtf8(bytes) });
  }
}
function firstBadUtf8(bytes) {
  let lo = 0;
  let hi = bytes.length;
  const ok = (n) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function parseJson(text, format6, baseOffset = 0) {
  try {
    return JSON.parse(quoteLongIntegers(text));
  } catch {
    const at2 = syntaxErrorIndex(text);
    const offset = baseOffset + byteLength(text.slice(0, at2));
    const truncated2 = at2 >= text.trimEnd().length;
    const code = truncated2 ? `${format6}.truncated` : `${format6}.bad-json`;
    const detail = truncated2 ? "JSON ends early (truncated input?)" : `JSON syntax error near ${JSON.stringify(text.slice(at2, at2 + 12))}`;
    throw new FormatError(format6, code, detail, { offset });
  }
}
function syntaxErrorIndex(text) {
  try {
    JSON.parse(text);
  } catch (err) {
    const match = /position (\d+)/.exec(String(err.message));
    if (match?.[1]) return Number(match[1]);
  }
  return text.length;
}
function byteLength(s) {
  return new TextEncoder().encode(s).length;
}
function quoteLongIntegers(text) {
  if (!/\d{16}/.test(text)) return text;
  let out = "";
  let last = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = skipString(text, i);
      continue;
    }
    if (c === 45 || c >= 48 && c <= 57) {
      const end = numberEnd(text, i);
      const token = text.slice(i, end);
      if (/^-?\d{16,}$/.test(token)) {
        out += `${text.slice(last, i)}"${token}"`;
        last = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  return out + text.slice(last);
}
function skipString(text, start) {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92) i += 2;
    else if (c === 34) return i + 1;
    else i++;
  }
  return i;
}
function numberEnd(text, start) {
  let i = start + 1;
  while (i < text.length && /[0-9eE+\-.]/.test(text[i])) i++;
  return i;
}
function sniffText(head) {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
  return text.replace(/^\uFEFF?\s*/, "");
}

// src/formats/span-json/json-read.ts
function at(place, key) {
  return place.line === void 0 ? { format: place.format, parent: place, key } : { format: place.format, line: place.line, parent: place, key };
}
function pointerOf(place) {
  const tokens = [];
  let p = place;
  while (p && p.key !== void 0) {
    tokens.push(String(p.key).replace(/~/g, "~0").replace(/\//g, "~1"));
    p = p.parent;
  }
  return (p?.pointer ?? "") + tokens.reverse().map((t) => `/${t}`).join("");
}
function fail4(place, problem, detail) {
  const where2 = place.line === void 0 ? {} : { line: place.line };
  return new FormatError(place.format, `${place.format}.${problem}`, `${pointerOf(place) || "/"}: ${detail}`, where2);
}
function typeName(value) {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}
function readObject(value, place) {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  throw fail4(place, "wrong-type", `expected an object, found ${typeName(value)}`);
}
function readArray(value, place) {
  if (value === void 0 || value === null) return [];
  if (Array.isArray(value)) return value;
  throw fail4(place, "wrong-type", `expected an array, found ${typeName(value)}`);
}
function readString(value, place, fallback) {
  if (typeof value === "string") return value;
  if ((value === void 0 || value === null) && fallback !== void 0) return fallback;
  throw fail4(place, "wrong-type", `expected a string, found ${typeName(value)}`);
}
function readNumber(value, place, fallback) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if ((value === void 0 || value === null) && fallback !== void 0) return fallback;
  throw fail4(place, "wrong-type", `expected a number, found ${typeName(value)}`);
}
var uint64Max = (1n << 64n) - 1n;
function readUint64(value, place, fallback) {
  if ((value === void 0 || value === null) && fallback !== void 0) return fallback;
  let parsed;
  if (typeof value === "string" && /^\d{1,30}$/.test(value)) parsed = BigInt(value);
  else if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) parsed = BigInt(value);
  else if (typeof value !== "string" && typeof value !== "number")
    throw fail4(place, "wrong-type", `expected a 64-bit integer, found ${typeName(value)}`);
  if (parsed === void 0 || parsed > uint64Max)
    throw fail4(place, "bad-number", `${JSON.stringify(value).slice(0, 40)} is not an unsigned 64-bit integer`);
  return parsed;
}
function readMicros(value, place, signed = false) {
  if (typeof value === "string" && /^\d{1,30}$/.test(value)) return checkRange(BigInt(value) * 1000n, value, place);
  if (typeof value !== "number")
    throw fail4(place, "wrong-type", `expected a number of microseconds, found ${typeName(value)}`);
  if (!Number.isFinite(value) || value < (signed ? -18e15 : 0) || value > 18e15)
    throw fail4(place, "bad-number", `${value} is out of range for microseconds`);
  const whole = Math.trunc(value);
  return BigInt(whole) * 1000n + BigInt(Math.round((value - whole) * 1e3));
}
function checkRange(ns, raw, place) {
  if (ns > uint64Max) throw fail4(place, "bad-number", `${raw.slice(0, 40)} is out of range for microseconds`);
  return ns;
}
function readHexId(value, place) {
  const text = readString(value, place);
  if (!/^[0-9a-fA-F]*$/.test(text) || text.length > 64)
    throw fail4(place, "bad-id", `${JSON.stringify(text.slice(0, 40))} is not a hex id`);
  return text.toLowerCase();
}
function readPaddedHexId(value, place, width) {
  const id = readHexId(value, place);
  return id.length > 0 && id.length < width ? id.padStart(width, "0") : id;
}

// src/formats/otlp-json/otlp-attributes.ts
var int64Min = -(1n << 63n);
var int64Max = (1n << 63n) - 1n;
var maxValueDepth = 64;
function readAttributes(value, place, depth = 0) {
  const out = {};
  readArray(value, place).forEach((item, i) => {
    const kvPlace = at(place, i);
    const kv = readObject(item, kvPlace);
    out[readString(kv["key"], at(kvPlace, "key"))] = readAnyValue(kv["value"], at(kvPlace, "value"), depth);
  });
  return out;
}
function readAnyValue(value, place, depth = 0) {
  if (value === void 0 || value === null) return null;
  if (depth >= maxValueDepth) throw fail4(place, "too-deep", `attribute values nested deeper than ${maxValueDepth}`);
  const v = readObject(value, place);
  if ("stringValue" in v) return readString(v["stringValue"], at(place, "stringValue"));
  if ("boolValue" in v) return readBool(v["boolValue"], at(place, "boolValue"));
  if ("intValue" in v) return readInt64(v["intValue"], at(place, "intValue"));
  if ("doubleValue" in v) return readDouble(v["doubleValue"], at(place, "doubleValue"));
  if ("bytesValue" in v) return readString(v["bytesValue"], at(place, "bytesValue"));
  if ("arrayValue" in v) return readList(v["arrayValue"], at(place, "arrayValue"), depth + 1);
  if ("kvlistValue" in v) {
    const list = readObject(v["kvlistValue"], at(place, "kvlistValue"));
    return readAttributes(list["values"], at(at(place, "kvlistValue"), "values"), depth + 1);
  }
  return null;
}
function readList(value, place, depth) {
  const list = readObject(value, place);
  return readArray(list["values"], at(place, "values")).map(
    (item, i) => readAnyValue(item, at(at(place, "values"), i), depth)
  );
}
function readBool(value, place) {
  if (typeof value === "boolean") return value;
  throw fail4(place, "wrong-type", "expected a boolean");
}
function readInt64(value, place) {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "string" && /^-?\d{1,20}$/.test(value)) {
    const n = BigInt(value);
    if (n < int64Min || n > int64Max) throw fail4(place, "bad-number", `${value} does not fit a signed 64-bit integer`);
    return Number.isSafeInteger(Number(n)) ? Number(n) : value;
  }
  throw fail4(place, typeof value === "number" ? "bad-number" : "wrong-type", "expected a 64-bit integer");
}
function readDouble(value, place) {
  if (typeof value === "number") return value;
  if (value === "NaN" || value === "Infinity" || value === "-Infinity") return value;
  throw fail4(place, "wrong-type", "expected a double");
}

// src/formats/otlp-json/otlp-mapper.ts
var kinds = ["unspecified", "internal", "server", "client", "producer", "consumer"];
var statuses = ["unset", "ok", "error"];
function mapTraceRequest(doc, place, target) {
  const request = readObject(doc, place);
  const list = at(place, "resourceSpans");
  readArray(request["resourceSpans"], list).forEach((rs, i) => mapResourceSpans(rs, at(list, i), target));
}
function mapResourceSpans(value, place, target) {
  const rs = readObject(value, place);
  const resourcePlace = at(place, "resource");
  const resource = rs["resource"] === void 0 ? {} : readObject(rs["resource"], resourcePlace);
  const resourceAttributes = readAttributes(resource["attributes"], at(resourcePlace, "attributes"));
  const name = resourceAttributes["service.name"];
  const service = typeof name === "string" && name !== "" ? name : "unknown_service";
  const key = rs["scopeSpans"] === void 0 && rs["instrumentationLibrarySpans"] !== void 0 ? "instrumentationLibrarySpans" : "scopeSpans";
  readArray(rs[key], at(place, key)).forEach((ss, i) => {
    const ssPlace = at(at(place, key), i);
    const spansPlace = at(ssPlace, "spans");
    readArray(readObject(ss, ssPlace)["spans"], spansPlace).forEach((span, j) => {
      if (target.spans.length >= target.limits.maxSpans)
        throw fail4(spansPlace, "too-many-spans", `more than maxSpans=${target.limits.maxSpans} spans`);
      const map = () => mapSpan(readObject(span, at(spansPlace, j)), at(spansPlace, j), service, resourceAttributes);
      const mapped = target.badIds ? target.badIds.keep(map) : map();
      if (mapped) target.spans.push(mapped);
    });
  });
}
function mapSpan(s, place, service, resourceAttributes) {
  const startUnixNano = readUint64(s["startTimeUnixNano"], at(place, "startTimeUnixNano"), 0n);
  const end = readUint64(s["endTimeUnixNano"], at(place, "endTimeUnixNano"), 0n);
  const parent = s["parentSpanId"] === void 0 ? "" : readHexId(s["parentSpanId"], at(place, "parentSpanId"));
  return {
    traceId: readHexId(s["traceId"] ?? "", at(place, "traceId")),
    spanId: readHexId(s["spanId"] ?? "", at(place, "spanId")),
    parentSpanId: parent === "" ? void 0 : parent,
    name: readString(s["name"], at(place, "name"), ""),
    service,
    kind: readEnum(s["kind"], at(place, "kind"), kinds, "SPAN_KIND_"),
    startUnixNano,
    durationNs: end === 0n ? void 0 : end - startUnixNano,
    status: readStatus(s["status"], at(place, "status")),
    attributes: readAttributes(s["attributes"], at(place, "attributes")),
    resourceAttributes,
    events: readArray(s["events"], at(place, "events")).map((e, i) => readEvent(e, at(at(place, "events"), i))),
    where: place.line === void 0 ? pointerOf(place) : `line ${place.line} ${pointerOf(place)}`
  };
}
function readEnum(value, place, names, prefix) {
  if (value === void 0 || value === null) return names[0];
  if (typeof value === "string") {
    const i = names.indexOf(value.replace(prefix, "").toLowerCase());
    if (i >= 0) return names[i];
    throw fail4(place, "bad-enum", `unknown value ${JSON.stringify(value.slice(0, 40))}`);
  }
  const n = readNumber(value, place);
  if (Number.isInteger(n) && n >= 0 && n < names.length) return names[n];
  throw fail4(place, "bad-enum", `unknown value ${n}`);
}
function readStatus(value, place) {
  if (value === void 0 || value === null) return { code: "unset" };
  const s = readObject(value, place);
  const code = readEnum(s["code"], at(place, "code"), statuses, "STATUS_CODE_");
  const message = readString(s["message"], at(place, "message"), "");
  return message === "" ? { code } : { code, message };
}
function readEvent(value, place) {
  const e = readObject(value, place);
  return {
    name: readString(e["name"], at(place, "name"), ""),
    timeUnixNano: readUint64(e["timeUnixNano"], at(place, "timeUnixNano"), 0n),
    attributes: readAttributes(e["attributes"], at(place, "attributes"))
  };
}

// src/formats/otlp-json/importer.ts
var format2 = "otlp-json";
var otlpJsonImporter = {
  id: format2,
  sniff(head) {
    const text = sniffText(head);
    if (!text.startsWith("{")) return 0;
    if (/^\{\s*"resourceSpans"\s*:/.test(text)) return 0.95;
    if (text.includes('"resourceSpans"') && (text.includes('"scopeSpans"') || text.includes('"instrumentationLibrarySpans"')))
      return 0.9;
    return 0;
  },
  parse(bytes, ctx) {
    const text = decodeUtf8(bytes, format2);
    const spans = [];
    const target = { spans, limits: ctx.limits, badIds: new BadIdSpans(format2) };
    const lines = jsonLines(text);
    const mapLine = ({ line, body }) => mapTraceRequest(parseLine(body, line), { format: format2, pointer: "", line }, target);
    if (lines) lines.forEach(mapLine);
    else mapTraceRequest(parseJson(text, format2), { format: format2, pointer: "" }, target);
    target.badIds.finish(spans.length, ctx.diagnostics);
    return spanArtifact(spans, ctx);
  }
};
function jsonLines(text) {
  const lines = text.split("\n").map((body, i) => ({ line: i + 1, body: body.trim() })).filter((l) => l.body !== "");
  if (lines.length < 2 || !lines.every((l) => l.body.startsWith("{"))) return void 0;
  try {
    JSON.parse(lines[0]?.body ?? "");
    return lines;
  } catch {
    return void 0;
  }
}
function parseLine(body, line) {
  try {
    return parseJson(body, format2);
  } catch (err) {
    if (!isFormatError(err)) throw err;
    throw new FormatError(format2, err.code, `${err.message} (at byte ${err.offset ?? 0} of the line)`, { line });
  }
}
function spanArtifact(spans, ctx) {
  if (spans.length === 0) ctx.diagnostics.add(`${format2}.empty`, "the export holds no spans");
  return { format: format2, content: { type: "spans", spans: { spans } }, diagnostics: ctx.diagnostics.list() };
}

// src/formats/otlp-proto/generated/trace-pb.js
var import_minimal4 = __toESM(require_minimal2(), 1);
var $Reader2 = import_minimal4.default.Reader;
var $util2 = import_minimal4.default.util;
var $Object2 = $util2.global.Object;
var $undefined2 = $util2.global.undefined;
var $Error2 = $util2.global.Error;
var $RangeError2 = $util2.global.RangeError;
var $TypeError = $util2.global.TypeError;
var $Array = $util2.global.Array;
var $String = $util2.global.String;
var $Number = $util2.global.Number;
var $parseInt = $util2.global.parseInt;
var $BigInt = $util2.global.BigInt;
var $Boolean = $util2.global.Boolean;
var $isFinite = $util2.global.isFinite;
var $root2 = import_minimal4.default.roots["default"] || (import_minimal4.default.roots["default"] = {});
var opentelemetry = $root2.opentelemetry = (() => {
  const opentelemetry2 = {};
  opentelemetry2.proto = (function() {
    const proto = {};
    proto.trace = (function() {
      const trace = {};
      trace.v1 = (function() {
        const v1 = {};
        v1.ExportTraceServiceRequest = (function() {
          const ExportTraceServiceRequest = function(properties) {
            this.resourceSpans = [];
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          ExportTraceServiceRequest.prototype.resourceSpans = $util2.emptyArray;
          ExportTraceServiceRequest.create = function(properties) {
            return new ExportTraceServiceRequest(properties);
          };
          ExportTraceServiceRequest.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.ExportTraceServiceRequest();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 1: {
                  if (wireType !== 2)
                    break;
                  if (!(message.resourceSpans && message.resourceSpans.length))
                    message.resourceSpans = [];
                  message.resourceSpans.push($root2.opentelemetry.proto.trace.v1.ResourceSpans.decode(reader, reader.size(), $undefined2, _depth + 1));
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          ExportTraceServiceRequest.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.ExportTraceServiceRequest)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.ExportTraceServiceRequest: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.ExportTraceServiceRequest();
            if (object.resourceSpans) {
              if (!$Array.isArray(object.resourceSpans))
                throw $TypeError(".opentelemetry.proto.trace.v1.ExportTraceServiceRequest.resourceSpans: array expected");
              message.resourceSpans = $Array(object.resourceSpans.length);
              for (let i = 0; i < object.resourceSpans.length; ++i) {
                if (!$util2.isObject(object.resourceSpans[i]))
                  throw $TypeError(".opentelemetry.proto.trace.v1.ExportTraceServiceRequest.resourceSpans: object expected");
                message.resourceSpans[i] = $root2.opentelemetry.proto.trace.v1.ResourceSpans.fromObject(object.resourceSpans[i], _depth + 1);
              }
            }
            return message;
          };
          ExportTraceServiceRequest.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
              object.resourceSpans = [];
            if (message.resourceSpans && message.resourceSpans.length) {
              object.resourceSpans = $Array(message.resourceSpans.length);
              for (let j = 0; j < message.resourceSpans.length; ++j)
                object.resourceSpans[j] = $root2.opentelemetry.proto.trace.v1.ResourceSpans.toObject(message.resourceSpans[j], options, _depth + 1);
            }
            return object;
          };
          ExportTraceServiceRequest.prototype.toJSON = function() {
            return ExportTraceServiceRequest.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          return ExportTraceServiceRequest;
        })();
        v1.ResourceSpans = (function() {
          const ResourceSpans = function(properties) {
            this.scopeSpans = [];
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          ResourceSpans.prototype.resource = null;
          ResourceSpans.prototype.scopeSpans = $util2.emptyArray;
          ResourceSpans.prototype.schemaUrl = "";
          ResourceSpans.create = function(properties) {
            return new ResourceSpans(properties);
          };
          ResourceSpans.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message, value;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.ResourceSpans();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 1: {
                  if (wireType !== 2)
                    break;
                  message.resource = $root2.opentelemetry.proto.trace.v1.Resource.decode(reader, reader.size(), $undefined2, _depth + 1, message.resource);
                  continue;
                }
                case 2: {
                  if (wireType !== 2)
                    break;
                  if (!(message.scopeSpans && message.scopeSpans.length))
                    message.scopeSpans = [];
                  message.scopeSpans.push($root2.opentelemetry.proto.trace.v1.ScopeSpans.decode(reader, reader.size(), $undefined2, _depth + 1));
                  continue;
                }
                case 3: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.stringVerify()).length)
                    message.schemaUrl = value;
                  else
                    delete message.schemaUrl;
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          ResourceSpans.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.ResourceSpans)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.ResourceSpans: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.ResourceSpans();
            if (object.resource != null) {
              if (!$util2.isObject(object.resource))
                throw $TypeError(".opentelemetry.proto.trace.v1.ResourceSpans.resource: object expected");
              message.resource = $root2.opentelemetry.proto.trace.v1.Resource.fromObject(object.resource, _depth + 1);
            }
            if (object.scopeSpans) {
              if (!$Array.isArray(object.scopeSpans))
                throw $TypeError(".opentelemetry.proto.trace.v1.ResourceSpans.scopeSpans: array expected");
              message.scopeSpans = $Array(object.scopeSpans.length);
              for (let i = 0; i < object.scopeSpans.length; ++i) {
                if (!$util2.isObject(object.scopeSpans[i]))
                  throw $TypeError(".opentelemetry.proto.trace.v1.ResourceSpans.scopeSpans: object expected");
                message.scopeSpans[i] = $root2.opentelemetry.proto.trace.v1.ScopeSpans.fromObject(object.scopeSpans[i], _depth + 1);
              }
            }
            if (object.schemaUrl != null) {
              if (typeof object.schemaUrl !== "string" || object.schemaUrl.length)
                message.schemaUrl = $String(object.schemaUrl);
            }
            return message;
          };
          ResourceSpans.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
              object.scopeSpans = [];
            if (options.defaults) {
              object.resource = null;
              object.schemaUrl = "";
            }
            if (message.resource != null && $Object2.hasOwnProperty.call(message, "resource"))
              object.resource = $root2.opentelemetry.proto.trace.v1.Resource.toObject(message.resource, options, _depth + 1);
            if (message.scopeSpans && message.scopeSpans.length) {
              object.scopeSpans = $Array(message.scopeSpans.length);
              for (let j = 0; j < message.scopeSpans.length; ++j)
                object.scopeSpans[j] = $root2.opentelemetry.proto.trace.v1.ScopeSpans.toObject(message.scopeSpans[j], options, _depth + 1);
            }
            if (message.schemaUrl != null && $Object2.hasOwnProperty.call(message, "schemaUrl"))
              object.schemaUrl = message.schemaUrl;
            return object;
          };
          ResourceSpans.prototype.toJSON = function() {
            return ResourceSpans.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          return ResourceSpans;
        })();
        v1.ScopeSpans = (function() {
          const ScopeSpans = function(properties) {
            this.spans = [];
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          ScopeSpans.prototype.scope = null;
          ScopeSpans.prototype.spans = $util2.emptyArray;
          ScopeSpans.prototype.schemaUrl = "";
          ScopeSpans.create = function(properties) {
            return new ScopeSpans(properties);
          };
          ScopeSpans.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message, value;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.ScopeSpans();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 1: {
                  if (wireType !== 2)
                    break;
                  message.scope = $root2.opentelemetry.proto.trace.v1.InstrumentationScope.decode(reader, reader.size(), $undefined2, _depth + 1, message.scope);
                  continue;
                }
                case 2: {
                  if (wireType !== 2)
                    break;
                  if (!(message.spans && message.spans.length))
                    message.spans = [];
                  message.spans.push($root2.opentelemetry.proto.trace.v1.Span.decode(reader, reader.size(), $undefined2, _depth + 1));
                  continue;
                }
                case 3: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.stringVerify()).length)
                    message.schemaUrl = value;
                  else
                    delete message.schemaUrl;
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          ScopeSpans.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.ScopeSpans)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.ScopeSpans: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.ScopeSpans();
            if (object.scope != null) {
              if (!$util2.isObject(object.scope))
                throw $TypeError(".opentelemetry.proto.trace.v1.ScopeSpans.scope: object expected");
              message.scope = $root2.opentelemetry.proto.trace.v1.InstrumentationScope.fromObject(object.scope, _depth + 1);
            }
            if (object.spans) {
              if (!$Array.isArray(object.spans))
                throw $TypeError(".opentelemetry.proto.trace.v1.ScopeSpans.spans: array expected");
              message.spans = $Array(object.spans.length);
              for (let i = 0; i < object.spans.length; ++i) {
                if (!$util2.isObject(object.spans[i]))
                  throw $TypeError(".opentelemetry.proto.trace.v1.ScopeSpans.spans: object expected");
                message.spans[i] = $root2.opentelemetry.proto.trace.v1.Span.fromObject(object.spans[i], _depth + 1);
              }
            }
            if (object.schemaUrl != null) {
              if (typeof object.schemaUrl !== "string" || object.schemaUrl.length)
                message.schemaUrl = $String(object.schemaUrl);
            }
            return message;
          };
          ScopeSpans.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
              object.spans = [];
            if (options.defaults) {
              object.scope = null;
              object.schemaUrl = "";
            }
            if (message.scope != null && $Object2.hasOwnProperty.call(message, "scope"))
              object.scope = $root2.opentelemetry.proto.trace.v1.InstrumentationScope.toObject(message.scope, options, _depth + 1);
            if (message.spans && message.spans.length) {
              object.spans = $Array(message.spans.length);
              for (let j = 0; j < message.spans.length; ++j)
                object.spans[j] = $root2.opentelemetry.proto.trace.v1.Span.toObject(message.spans[j], options, _depth + 1);
            }
            if (message.schemaUrl != null && $Object2.hasOwnProperty.call(message, "schemaUrl"))
              object.schemaUrl = message.schemaUrl;
            return object;
          };
          ScopeSpans.prototype.toJSON = function() {
            return ScopeSpans.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          return ScopeSpans;
        })();
        v1.Span = (function() {
          const Span = function(properties) {
            this.attributes = [];
            this.events = [];
            this.links = [];
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          Span.prototype.traceId = $util2.newBuffer([]);
          Span.prototype.spanId = $util2.newBuffer([]);
          Span.prototype.traceState = "";
          Span.prototype.parentSpanId = $util2.newBuffer([]);
          Span.prototype.flags = 0;
          Span.prototype.name = "";
          Span.prototype.kind = 0;
          Span.prototype.startTimeUnixNano = $util2.Long ? $util2.Long.fromBits(0, 0, true) : 0;
          Span.prototype.endTimeUnixNano = $util2.Long ? $util2.Long.fromBits(0, 0, true) : 0;
          Span.prototype.attributes = $util2.emptyArray;
          Span.prototype.droppedAttributesCount = 0;
          Span.prototype.events = $util2.emptyArray;
          Span.prototype.droppedEventsCount = 0;
          Span.prototype.links = $util2.emptyArray;
          Span.prototype.droppedLinksCount = 0;
          Span.prototype.status = null;
          Span.create = function(properties) {
            return new Span(properties);
          };
          Span.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message, value;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.Span();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 1: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.bytes()).length)
                    message.traceId = value;
                  else
                    delete message.traceId;
                  continue;
                }
                case 2: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.bytes()).length)
                    message.spanId = value;
                  else
                    delete message.spanId;
                  continue;
                }
                case 3: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.stringVerify()).length)
                    message.traceState = value;
                  else
                    delete message.traceState;
                  continue;
                }
                case 4: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.bytes()).length)
                    message.parentSpanId = value;
                  else
                    delete message.parentSpanId;
                  continue;
                }
                case 16: {
                  if (wireType !== 5)
                    break;
                  if (value = reader.fixed32())
                    message.flags = value;
                  else
                    delete message.flags;
                  continue;
                }
                case 5: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.stringVerify()).length)
                    message.name = value;
                  else
                    delete message.name;
                  continue;
                }
                case 6: {
                  if (wireType !== 0)
                    break;
                  if (value = reader.int32())
                    message.kind = value;
                  else
                    delete message.kind;
                  continue;
                }
                case 7: {
                  if (wireType !== 1)
                    break;
                  if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                    message.startTimeUnixNano = value;
                  else
                    delete message.startTimeUnixNano;
                  continue;
                }
                case 8: {
                  if (wireType !== 1)
                    break;
                  if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                    message.endTimeUnixNano = value;
                  else
                    delete message.endTimeUnixNano;
                  continue;
                }
                case 9: {
                  if (wireType !== 2)
                    break;
                  if (!(message.attributes && message.attributes.length))
                    message.attributes = [];
                  message.attributes.push($root2.opentelemetry.proto.trace.v1.KeyValue.decode(reader, reader.size(), $undefined2, _depth + 1));
                  continue;
                }
                case 10: {
                  if (wireType !== 0)
                    break;
                  if (value = reader.uint32())
                    message.droppedAttributesCount = value;
                  else
                    delete message.droppedAttributesCount;
                  continue;
                }
                case 11: {
                  if (wireType !== 2)
                    break;
                  if (!(message.events && message.events.length))
                    message.events = [];
                  message.events.push($root2.opentelemetry.proto.trace.v1.Span.Event.decode(reader, reader.size(), $undefined2, _depth + 1));
                  continue;
                }
                case 12: {
                  if (wireType !== 0)
                    break;
                  if (value = reader.uint32())
                    message.droppedEventsCount = value;
                  else
                    delete message.droppedEventsCount;
                  continue;
                }
                case 13: {
                  if (wireType !== 2)
                    break;
                  if (!(message.links && message.links.length))
                    message.links = [];
                  message.links.push($root2.opentelemetry.proto.trace.v1.Span.Link.decode(reader, reader.size(), $undefined2, _depth + 1));
                  continue;
                }
                case 14: {
                  if (wireType !== 0)
                    break;
                  if (value = reader.uint32())
                    message.droppedLinksCount = value;
                  else
                    delete message.droppedLinksCount;
                  continue;
                }
                case 15: {
                  if (wireType !== 2)
                    break;
                  message.status = $root2.opentelemetry.proto.trace.v1.Status.decode(reader, reader.size(), $undefined2, _depth + 1, message.status);
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          Span.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.Span)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.Span: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.Span();
            if (object.traceId != null) {
              if (object.traceId.length) {
                if (typeof object.traceId === "string")
                  $util2.base64.decode(object.traceId, message.traceId = $util2.newBuffer($util2.base64.length(object.traceId)), 0);
                else if (object.traceId.length >= 0)
                  message.traceId = object.traceId;
              }
            }
            if (object.spanId != null) {
              if (object.spanId.length) {
                if (typeof object.spanId === "string")
                  $util2.base64.decode(object.spanId, message.spanId = $util2.newBuffer($util2.base64.length(object.spanId)), 0);
                else if (object.spanId.length >= 0)
                  message.spanId = object.spanId;
              }
            }
            if (object.traceState != null) {
              if (typeof object.traceState !== "string" || object.traceState.length)
                message.traceState = $String(object.traceState);
            }
            if (object.parentSpanId != null) {
              if (object.parentSpanId.length) {
                if (typeof object.parentSpanId === "string")
                  $util2.base64.decode(object.parentSpanId, message.parentSpanId = $util2.newBuffer($util2.base64.length(object.parentSpanId)), 0);
                else if (object.parentSpanId.length >= 0)
                  message.parentSpanId = object.parentSpanId;
              }
            }
            if (object.flags != null) {
              if ($Number(object.flags) !== 0)
                message.flags = object.flags >>> 0;
            }
            if (object.name != null) {
              if (typeof object.name !== "string" || object.name.length)
                message.name = $String(object.name);
            }
            if (object.kind !== 0 && (typeof object.kind !== "string" || $root2.opentelemetry.proto.trace.v1.Span.SpanKind[object.kind] !== 0))
              switch (object.kind) {
                case "SPAN_KIND_UNSPECIFIED":
                case 0:
                  message.kind = 0;
                  break;
                case "SPAN_KIND_INTERNAL":
                case 1:
                  message.kind = 1;
                  break;
                case "SPAN_KIND_SERVER":
                case 2:
                  message.kind = 2;
                  break;
                case "SPAN_KIND_CLIENT":
                case 3:
                  message.kind = 3;
                  break;
                case "SPAN_KIND_PRODUCER":
                case 4:
                  message.kind = 4;
                  break;
                case "SPAN_KIND_CONSUMER":
                case 5:
                  message.kind = 5;
                  break;
                default:
                  if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                    message.kind = object.kind;
              }
            if (object.startTimeUnixNano != null) {
              if (typeof object.startTimeUnixNano === "object" ? object.startTimeUnixNano.low || object.startTimeUnixNano.high : $Number(object.startTimeUnixNano) !== 0) {
                if ($util2.Long)
                  message.startTimeUnixNano = $util2.Long.fromValue(object.startTimeUnixNano, true);
                else if (typeof object.startTimeUnixNano === "string")
                  message.startTimeUnixNano = $parseInt(object.startTimeUnixNano, 10);
                else if (typeof object.startTimeUnixNano === "number")
                  message.startTimeUnixNano = object.startTimeUnixNano;
                else if (typeof object.startTimeUnixNano === "object")
                  message.startTimeUnixNano = new $util2.LongBits(object.startTimeUnixNano.low >>> 0, object.startTimeUnixNano.high >>> 0).toNumber(true);
              }
            }
            if (object.endTimeUnixNano != null) {
              if (typeof object.endTimeUnixNano === "object" ? object.endTimeUnixNano.low || object.endTimeUnixNano.high : $Number(object.endTimeUnixNano) !== 0) {
                if ($util2.Long)
                  message.endTimeUnixNano = $util2.Long.fromValue(object.endTimeUnixNano, true);
                else if (typeof object.endTimeUnixNano === "string")
                  message.endTimeUnixNano = $parseInt(object.endTimeUnixNano, 10);
                else if (typeof object.endTimeUnixNano === "number")
                  message.endTimeUnixNano = object.endTimeUnixNano;
                else if (typeof object.endTimeUnixNano === "object")
                  message.endTimeUnixNano = new $util2.LongBits(object.endTimeUnixNano.low >>> 0, object.endTimeUnixNano.high >>> 0).toNumber(true);
              }
            }
            if (object.attributes) {
              if (!$Array.isArray(object.attributes))
                throw $TypeError(".opentelemetry.proto.trace.v1.Span.attributes: array expected");
              message.attributes = $Array(object.attributes.length);
              for (let i = 0; i < object.attributes.length; ++i) {
                if (!$util2.isObject(object.attributes[i]))
                  throw $TypeError(".opentelemetry.proto.trace.v1.Span.attributes: object expected");
                message.attributes[i] = $root2.opentelemetry.proto.trace.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
              }
            }
            if (object.droppedAttributesCount != null) {
              if ($Number(object.droppedAttributesCount) !== 0)
                message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
            }
            if (object.events) {
              if (!$Array.isArray(object.events))
                throw $TypeError(".opentelemetry.proto.trace.v1.Span.events: array expected");
              message.events = $Array(object.events.length);
              for (let i = 0; i < object.events.length; ++i) {
                if (!$util2.isObject(object.events[i]))
                  throw $TypeError(".opentelemetry.proto.trace.v1.Span.events: object expected");
                message.events[i] = $root2.opentelemetry.proto.trace.v1.Span.Event.fromObject(object.events[i], _depth + 1);
              }
            }
            if (object.droppedEventsCount != null) {
              if ($Number(object.droppedEventsCount) !== 0)
                message.droppedEventsCount = object.droppedEventsCount >>> 0;
            }
            if (object.links) {
              if (!$Array.isArray(object.links))
                throw $TypeError(".opentelemetry.proto.trace.v1.Span.links: array expected");
              message.links = $Array(object.links.length);
              for (let i = 0; i < object.links.length; ++i) {
                if (!$util2.isObject(object.links[i]))
                  throw $TypeError(".opentelemetry.proto.trace.v1.Span.links: object expected");
                message.links[i] = $root2.opentelemetry.proto.trace.v1.Span.Link.fromObject(object.links[i], _depth + 1);
              }
            }
            if (object.droppedLinksCount != null) {
              if ($Number(object.droppedLinksCount) !== 0)
                message.droppedLinksCount = object.droppedLinksCount >>> 0;
            }
            if (object.status != null) {
              if (!$util2.isObject(object.status))
                throw $TypeError(".opentelemetry.proto.trace.v1.Span.status: object expected");
              message.status = $root2.opentelemetry.proto.trace.v1.Status.fromObject(object.status, _depth + 1);
            }
            return message;
          };
          Span.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
              object.attributes = [];
              object.events = [];
              object.links = [];
            }
            if (options.defaults) {
              if (options.bytes === $String)
                object.traceId = "";
              else {
                object.traceId = [];
                if (options.bytes !== $Array)
                  object.traceId = $util2.newBuffer(object.traceId);
              }
              if (options.bytes === $String)
                object.spanId = "";
              else {
                object.spanId = [];
                if (options.bytes !== $Array)
                  object.spanId = $util2.newBuffer(object.spanId);
              }
              object.traceState = "";
              if (options.bytes === $String)
                object.parentSpanId = "";
              else {
                object.parentSpanId = [];
                if (options.bytes !== $Array)
                  object.parentSpanId = $util2.newBuffer(object.parentSpanId);
              }
              object.name = "";
              object.kind = options.enums === $String ? "SPAN_KIND_UNSPECIFIED" : 0;
              if ($util2.Long) {
                let long = new $util2.Long(0, 0, true);
                object.startTimeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
              } else
                object.startTimeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
              if ($util2.Long) {
                let long = new $util2.Long(0, 0, true);
                object.endTimeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
              } else
                object.endTimeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
              object.droppedAttributesCount = 0;
              object.droppedEventsCount = 0;
              object.droppedLinksCount = 0;
              object.status = null;
              object.flags = 0;
            }
            if (message.traceId != null && $Object2.hasOwnProperty.call(message, "traceId"))
              object.traceId = options.bytes === $String ? $util2.base64.encode(message.traceId, 0, message.traceId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.traceId) : message.traceId;
            if (message.spanId != null && $Object2.hasOwnProperty.call(message, "spanId"))
              object.spanId = options.bytes === $String ? $util2.base64.encode(message.spanId, 0, message.spanId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.spanId) : message.spanId;
            if (message.traceState != null && $Object2.hasOwnProperty.call(message, "traceState"))
              object.traceState = message.traceState;
            if (message.parentSpanId != null && $Object2.hasOwnProperty.call(message, "parentSpanId"))
              object.parentSpanId = options.bytes === $String ? $util2.base64.encode(message.parentSpanId, 0, message.parentSpanId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.parentSpanId) : message.parentSpanId;
            if (message.name != null && $Object2.hasOwnProperty.call(message, "name"))
              object.name = message.name;
            if (message.kind != null && $Object2.hasOwnProperty.call(message, "kind"))
              object.kind = options.enums === $String ? $root2.opentelemetry.proto.trace.v1.Span.SpanKind[message.kind] === $undefined2 ? message.kind : $root2.opentelemetry.proto.trace.v1.Span.SpanKind[message.kind] : message.kind;
            if (message.startTimeUnixNano != null && $Object2.hasOwnProperty.call(message, "startTimeUnixNano"))
              if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                object.startTimeUnixNano = typeof message.startTimeUnixNano === "number" ? $BigInt(message.startTimeUnixNano) : $util2.Long.fromBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0, true).toBigInt();
              else if (typeof message.startTimeUnixNano === "number")
                object.startTimeUnixNano = options.longs === $String ? $String(message.startTimeUnixNano) : message.startTimeUnixNano;
              else
                object.startTimeUnixNano = options.longs === $String ? $util2.Long.prototype.toString.call(message.startTimeUnixNano) : options.longs === $Number ? new $util2.LongBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0).toNumber(true) : message.startTimeUnixNano;
            if (message.endTimeUnixNano != null && $Object2.hasOwnProperty.call(message, "endTimeUnixNano"))
              if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                object.endTimeUnixNano = typeof message.endTimeUnixNano === "number" ? $BigInt(message.endTimeUnixNano) : $util2.Long.fromBits(message.endTimeUnixNano.low >>> 0, message.endTimeUnixNano.high >>> 0, true).toBigInt();
              else if (typeof message.endTimeUnixNano === "number")
                object.endTimeUnixNano = options.longs === $String ? $String(message.endTimeUnixNano) : message.endTimeUnixNano;
              else
                object.endTimeUnixNano = options.longs === $String ? $util2.Long.prototype.toString.call(message.endTimeUnixNano) : options.longs === $Number ? new $util2.LongBits(message.endTimeUnixNano.low >>> 0, message.endTimeUnixNano.high >>> 0).toNumber(true) : message.endTimeUnixNano;
            if (message.attributes && message.attributes.length) {
              object.attributes = $Array(message.attributes.length);
              for (let j = 0; j < message.attributes.length; ++j)
                object.attributes[j] = $root2.opentelemetry.proto.trace.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
            }
            if (message.droppedAttributesCount != null && $Object2.hasOwnProperty.call(message, "droppedAttributesCount"))
              object.droppedAttributesCount = message.droppedAttributesCount;
            if (message.events && message.events.length) {
              object.events = $Array(message.events.length);
              for (let j = 0; j < message.events.length; ++j)
                object.events[j] = $root2.opentelemetry.proto.trace.v1.Span.Event.toObject(message.events[j], options, _depth + 1);
            }
            if (message.droppedEventsCount != null && $Object2.hasOwnProperty.call(message, "droppedEventsCount"))
              object.droppedEventsCount = message.droppedEventsCount;
            if (message.links && message.links.length) {
              object.links = $Array(message.links.length);
              for (let j = 0; j < message.links.length; ++j)
                object.links[j] = $root2.opentelemetry.proto.trace.v1.Span.Link.toObject(message.links[j], options, _depth + 1);
            }
            if (message.droppedLinksCount != null && $Object2.hasOwnProperty.call(message, "droppedLinksCount"))
              object.droppedLinksCount = message.droppedLinksCount;
            if (message.status != null && $Object2.hasOwnProperty.call(message, "status"))
              object.status = $root2.opentelemetry.proto.trace.v1.Status.toObject(message.status, options, _depth + 1);
            if (message.flags != null && $Object2.hasOwnProperty.call(message, "flags"))
              object.flags = message.flags;
            return object;
          };
          Span.prototype.toJSON = function() {
            return Span.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          Span.SpanKind = (function() {
            const valuesById = $Object2.create(null), values = $Object2.create(valuesById);
            values[valuesById[0] = "SPAN_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SPAN_KIND_INTERNAL"] = 1;
            values[valuesById[2] = "SPAN_KIND_SERVER"] = 2;
            values[valuesById[3] = "SPAN_KIND_CLIENT"] = 3;
            values[valuesById[4] = "SPAN_KIND_PRODUCER"] = 4;
            values[valuesById[5] = "SPAN_KIND_CONSUMER"] = 5;
            return values;
          })();
          Span.Event = (function() {
            const Event = function(properties) {
              this.attributes = [];
              if (properties) {
                for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                  if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
              }
            };
            Event.prototype.timeUnixNano = $util2.Long ? $util2.Long.fromBits(0, 0, true) : 0;
            Event.prototype.name = "";
            Event.prototype.attributes = $util2.emptyArray;
            Event.prototype.droppedAttributesCount = 0;
            Event.create = function(properties) {
              return new Event(properties);
            };
            Event.decode = function(reader, length, _end, _depth, _target) {
              if (!(reader instanceof $Reader2))
                reader = $Reader2.create(reader);
              if (_depth === $undefined2)
                _depth = 0;
              if (_depth > $Reader2.recursionLimit)
                throw $Error2("max depth exceeded");
              let end, message, value;
              if (length === $undefined2)
                end = reader.len;
              else {
                end = reader.pos + length;
                if (end > reader.len)
                  throw $RangeError2("index out of range");
                length = reader.len;
                reader.len = end;
              }
              message = _target || new $root2.opentelemetry.proto.trace.v1.Span.Event();
              while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                  _end = $undefined2;
                  break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                  case 1: {
                    if (wireType !== 1)
                      break;
                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                      message.timeUnixNano = value;
                    else
                      delete message.timeUnixNano;
                    continue;
                  }
                  case 2: {
                    if (wireType !== 2)
                      break;
                    if ((value = reader.stringVerify()).length)
                      message.name = value;
                    else
                      delete message.name;
                    continue;
                  }
                  case 3: {
                    if (wireType !== 2)
                      break;
                    if (!(message.attributes && message.attributes.length))
                      message.attributes = [];
                    message.attributes.push($root2.opentelemetry.proto.trace.v1.KeyValue.decode(reader, reader.size(), $undefined2, _depth + 1));
                    continue;
                  }
                  case 4: {
                    if (wireType !== 0)
                      break;
                    if (value = reader.uint32())
                      message.droppedAttributesCount = value;
                    else
                      delete message.droppedAttributesCount;
                    continue;
                  }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                  $util2.makeProp(message, "$unknowns", false);
                  (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
              }
              if (length !== $undefined2) {
                if (reader.pos !== end)
                  throw $RangeError2("index out of range");
                reader.len = length;
              }
              if (_end !== $undefined2)
                throw $Error2("missing end group");
              return message;
            };
            Event.fromObject = function(object, _depth) {
              if (object instanceof $root2.opentelemetry.proto.trace.v1.Span.Event)
                return object;
              if (!$util2.isObject(object))
                throw $TypeError(".opentelemetry.proto.trace.v1.Span.Event: object expected");
              if (_depth === $undefined2)
                _depth = 0;
              if (_depth > $util2.recursionLimit)
                throw $Error2("max depth exceeded");
              let message = new $root2.opentelemetry.proto.trace.v1.Span.Event();
              if (object.timeUnixNano != null) {
                if (typeof object.timeUnixNano === "object" ? object.timeUnixNano.low || object.timeUnixNano.high : $Number(object.timeUnixNano) !== 0) {
                  if ($util2.Long)
                    message.timeUnixNano = $util2.Long.fromValue(object.timeUnixNano, true);
                  else if (typeof object.timeUnixNano === "string")
                    message.timeUnixNano = $parseInt(object.timeUnixNano, 10);
                  else if (typeof object.timeUnixNano === "number")
                    message.timeUnixNano = object.timeUnixNano;
                  else if (typeof object.timeUnixNano === "object")
                    message.timeUnixNano = new $util2.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                }
              }
              if (object.name != null) {
                if (typeof object.name !== "string" || object.name.length)
                  message.name = $String(object.name);
              }
              if (object.attributes) {
                if (!$Array.isArray(object.attributes))
                  throw $TypeError(".opentelemetry.proto.trace.v1.Span.Event.attributes: array expected");
                message.attributes = $Array(object.attributes.length);
                for (let i = 0; i < object.attributes.length; ++i) {
                  if (!$util2.isObject(object.attributes[i]))
                    throw $TypeError(".opentelemetry.proto.trace.v1.Span.Event.attributes: object expected");
                  message.attributes[i] = $root2.opentelemetry.proto.trace.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                }
              }
              if (object.droppedAttributesCount != null) {
                if ($Number(object.droppedAttributesCount) !== 0)
                  message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
              }
              return message;
            };
            Event.toObject = function(message, options, _depth) {
              if (!options)
                options = {};
              if (_depth === $undefined2)
                _depth = 0;
              if (_depth > $util2.recursionLimit)
                throw $Error2("max depth exceeded");
              let object = {};
              if (options.arrays || options.defaults)
                object.attributes = [];
              if (options.defaults) {
                if ($util2.Long) {
                  let long = new $util2.Long(0, 0, true);
                  object.timeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                  object.timeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.name = "";
                object.droppedAttributesCount = 0;
              }
              if (message.timeUnixNano != null && $Object2.hasOwnProperty.call(message, "timeUnixNano"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                  object.timeUnixNano = typeof message.timeUnixNano === "number" ? $BigInt(message.timeUnixNano) : $util2.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                else if (typeof message.timeUnixNano === "number")
                  object.timeUnixNano = options.longs === $String ? $String(message.timeUnixNano) : message.timeUnixNano;
                else
                  object.timeUnixNano = options.longs === $String ? $util2.Long.prototype.toString.call(message.timeUnixNano) : options.longs === $Number ? new $util2.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
              if (message.name != null && $Object2.hasOwnProperty.call(message, "name"))
                object.name = message.name;
              if (message.attributes && message.attributes.length) {
                object.attributes = $Array(message.attributes.length);
                for (let j = 0; j < message.attributes.length; ++j)
                  object.attributes[j] = $root2.opentelemetry.proto.trace.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
              }
              if (message.droppedAttributesCount != null && $Object2.hasOwnProperty.call(message, "droppedAttributesCount"))
                object.droppedAttributesCount = message.droppedAttributesCount;
              return object;
            };
            Event.prototype.toJSON = function() {
              return Event.toObject(this, import_minimal4.default.util.toJSONOptions);
            };
            return Event;
          })();
          Span.Link = (function() {
            const Link = function(properties) {
              this.attributes = [];
              if (properties) {
                for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                  if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
              }
            };
            Link.prototype.traceId = $util2.newBuffer([]);
            Link.prototype.spanId = $util2.newBuffer([]);
            Link.prototype.traceState = "";
            Link.prototype.attributes = $util2.emptyArray;
            Link.prototype.droppedAttributesCount = 0;
            Link.prototype.flags = 0;
            Link.create = function(properties) {
              return new Link(properties);
            };
            Link.decode = function(reader, length, _end, _depth, _target) {
              if (!(reader instanceof $Reader2))
                reader = $Reader2.create(reader);
              if (_depth === $undefined2)
                _depth = 0;
              if (_depth > $Reader2.recursionLimit)
                throw $Error2("max depth exceeded");
              let end, message, value;
              if (length === $undefined2)
                end = reader.len;
              else {
                end = reader.pos + length;
                if (end > reader.len)
                  throw $RangeError2("index out of range");
                length = reader.len;
                reader.len = end;
              }
              message = _target || new $root2.opentelemetry.proto.trace.v1.Span.Link();
              while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                  _end = $undefined2;
                  break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                  case 1: {
                    if (wireType !== 2)
                      break;
                    if ((value = reader.bytes()).length)
                      message.traceId = value;
                    else
                      delete message.traceId;
                    continue;
                  }
                  case 2: {
                    if (wireType !== 2)
                      break;
                    if ((value = reader.bytes()).length)
                      message.spanId = value;
                    else
                      delete message.spanId;
                    continue;
                  }
                  case 3: {
                    if (wireType !== 2)
                      break;
                    if ((value = reader.stringVerify()).length)
                      message.traceState = value;
                    else
                      delete message.traceState;
                    continue;
                  }
                  case 4: {
                    if (wireType !== 2)
                      break;
                    if (!(message.attributes && message.attributes.length))
                      message.attributes = [];
                    message.attributes.push($root2.opentelemetry.proto.trace.v1.KeyValue.decode(reader, reader.size(), $undefined2, _depth + 1));
                    continue;
                  }
                  case 5: {
                    if (wireType !== 0)
                      break;
                    if (value = reader.uint32())
                      message.droppedAttributesCount = value;
                    else
                      delete message.droppedAttributesCount;
                    continue;
                  }
                  case 6: {
                    if (wireType !== 5)
                      break;
                    if (value = reader.fixed32())
                      message.flags = value;
                    else
                      delete message.flags;
                    continue;
                  }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                  $util2.makeProp(message, "$unknowns", false);
                  (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
              }
              if (length !== $undefined2) {
                if (reader.pos !== end)
                  throw $RangeError2("index out of range");
                reader.len = length;
              }
              if (_end !== $undefined2)
                throw $Error2("missing end group");
              return message;
            };
            Link.fromObject = function(object, _depth) {
              if (object instanceof $root2.opentelemetry.proto.trace.v1.Span.Link)
                return object;
              if (!$util2.isObject(object))
                throw $TypeError(".opentelemetry.proto.trace.v1.Span.Link: object expected");
              if (_depth === $undefined2)
                _depth = 0;
              if (_depth > $util2.recursionLimit)
                throw $Error2("max depth exceeded");
              let message = new $root2.opentelemetry.proto.trace.v1.Span.Link();
              if (object.traceId != null) {
                if (object.traceId.length) {
                  if (typeof object.traceId === "string")
                    $util2.base64.decode(object.traceId, message.traceId = $util2.newBuffer($util2.base64.length(object.traceId)), 0);
                  else if (object.traceId.length >= 0)
                    message.traceId = object.traceId;
                }
              }
              if (object.spanId != null) {
                if (object.spanId.length) {
                  if (typeof object.spanId === "string")
                    $util2.base64.decode(object.spanId, message.spanId = $util2.newBuffer($util2.base64.length(object.spanId)), 0);
                  else if (object.spanId.length >= 0)
                    message.spanId = object.spanId;
                }
              }
              if (object.traceState != null) {
                if (typeof object.traceState !== "string" || object.traceState.length)
                  message.traceState = $String(object.traceState);
              }
              if (object.attributes) {
                if (!$Array.isArray(object.attributes))
                  throw $TypeError(".opentelemetry.proto.trace.v1.Span.Link.attributes: array expected");
                message.attributes = $Array(object.attributes.length);
                for (let i = 0; i < object.attributes.length; ++i) {
                  if (!$util2.isObject(object.attributes[i]))
                    throw $TypeError(".opentelemetry.proto.trace.v1.Span.Link.attributes: object expected");
                  message.attributes[i] = $root2.opentelemetry.proto.trace.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                }
              }
              if (object.droppedAttributesCount != null) {
                if ($Number(object.droppedAttributesCount) !== 0)
                  message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
              }
              if (object.flags != null) {
                if ($Number(object.flags) !== 0)
                  message.flags = object.flags >>> 0;
              }
              return message;
            };
            Link.toObject = function(message, options, _depth) {
              if (!options)
                options = {};
              if (_depth === $undefined2)
                _depth = 0;
              if (_depth > $util2.recursionLimit)
                throw $Error2("max depth exceeded");
              let object = {};
              if (options.arrays || options.defaults)
                object.attributes = [];
              if (options.defaults) {
                if (options.bytes === $String)
                  object.traceId = "";
                else {
                  object.traceId = [];
                  if (options.bytes !== $Array)
                    object.traceId = $util2.newBuffer(object.traceId);
                }
                if (options.bytes === $String)
                  object.spanId = "";
                else {
                  object.spanId = [];
                  if (options.bytes !== $Array)
                    object.spanId = $util2.newBuffer(object.spanId);
                }
                object.traceState = "";
                object.droppedAttributesCount = 0;
                object.flags = 0;
              }
              if (message.traceId != null && $Object2.hasOwnProperty.call(message, "traceId"))
                object.traceId = options.bytes === $String ? $util2.base64.encode(message.traceId, 0, message.traceId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.traceId) : message.traceId;
              if (message.spanId != null && $Object2.hasOwnProperty.call(message, "spanId"))
                object.spanId = options.bytes === $String ? $util2.base64.encode(message.spanId, 0, message.spanId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.spanId) : message.spanId;
              if (message.traceState != null && $Object2.hasOwnProperty.call(message, "traceState"))
                object.traceState = message.traceState;
              if (message.attributes && message.attributes.length) {
                object.attributes = $Array(message.attributes.length);
                for (let j = 0; j < message.attributes.length; ++j)
                  object.attributes[j] = $root2.opentelemetry.proto.trace.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
              }
              if (message.droppedAttributesCount != null && $Object2.hasOwnProperty.call(message, "droppedAttributesCount"))
                object.droppedAttributesCount = message.droppedAttributesCount;
              if (message.flags != null && $Object2.hasOwnProperty.call(message, "flags"))
                object.flags = message.flags;
              return object;
            };
            Link.prototype.toJSON = function() {
              return Link.toObject(this, import_minimal4.default.util.toJSONOptions);
            };
            return Link;
          })();
          return Span;
        })();
        v1.Status = (function() {
          const Status = function(properties) {
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          Status.prototype.message = "";
          Status.prototype.code = 0;
          Status.create = function(properties) {
            return new Status(properties);
          };
          Status.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message, value;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.Status();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 2: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.stringVerify()).length)
                    message.message = value;
                  else
                    delete message.message;
                  continue;
                }
                case 3: {
                  if (wireType !== 0)
                    break;
                  if (value = reader.int32())
                    message.code = value;
                  else
                    delete message.code;
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          Status.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.Status)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.Status: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.Status();
            if (object.message != null) {
              if (typeof object.message !== "string" || object.message.length)
                message.message = $String(object.message);
            }
            if (object.code !== 0 && (typeof object.code !== "string" || $root2.opentelemetry.proto.trace.v1.Status.StatusCode[object.code] !== 0))
              switch (object.code) {
                case "STATUS_CODE_UNSET":
                case 0:
                  message.code = 0;
                  break;
                case "STATUS_CODE_OK":
                case 1:
                  message.code = 1;
                  break;
                case "STATUS_CODE_ERROR":
                case 2:
                  message.code = 2;
                  break;
                default:
                  if (typeof object.code === "number" && (object.code | 0) === object.code)
                    message.code = object.code;
              }
            return message;
          };
          Status.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (options.defaults) {
              object.message = "";
              object.code = options.enums === $String ? "STATUS_CODE_UNSET" : 0;
            }
            if (message.message != null && $Object2.hasOwnProperty.call(message, "message"))
              object.message = message.message;
            if (message.code != null && $Object2.hasOwnProperty.call(message, "code"))
              object.code = options.enums === $String ? $root2.opentelemetry.proto.trace.v1.Status.StatusCode[message.code] === $undefined2 ? message.code : $root2.opentelemetry.proto.trace.v1.Status.StatusCode[message.code] : message.code;
            return object;
          };
          Status.prototype.toJSON = function() {
            return Status.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          Status.StatusCode = (function() {
            const valuesById = $Object2.create(null), values = $Object2.create(valuesById);
            values[valuesById[0] = "STATUS_CODE_UNSET"] = 0;
            values[valuesById[1] = "STATUS_CODE_OK"] = 1;
            values[valuesById[2] = "STATUS_CODE_ERROR"] = 2;
            return values;
          })();
          return Status;
        })();
        v1.AnyValue = (function() {
          const AnyValue = function(properties) {
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          AnyValue.prototype.stringValue = null;
          AnyValue.prototype.boolValue = null;
          AnyValue.prototype.intValue = null;
          AnyValue.prototype.doubleValue = null;
          AnyValue.prototype.arrayValue = null;
          AnyValue.prototype.kvlistValue = null;
          AnyValue.prototype.bytesValue = null;
          let $oneOfFields;
          $Object2.defineProperty(AnyValue.prototype, "value", {
            get: $util2.oneOfGetter($oneOfFields = ["stringValue", "boolValue", "intValue", "doubleValue", "arrayValue", "kvlistValue", "bytesValue"]),
            set: $util2.oneOfSetter($oneOfFields)
          });
          AnyValue.create = function(properties) {
            return new AnyValue(properties);
          };
          AnyValue.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.AnyValue();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 1: {
                  if (wireType !== 2)
                    break;
                  message.stringValue = reader.stringVerify();
                  message.value = "stringValue";
                  continue;
                }
                case 2: {
                  if (wireType !== 0)
                    break;
                  message.boolValue = reader.bool();
                  message.value = "boolValue";
                  continue;
                }
                case 3: {
                  if (wireType !== 0)
                    break;
                  message.intValue = reader.int64();
                  message.value = "intValue";
                  continue;
                }
                case 4: {
                  if (wireType !== 1)
                    break;
                  message.doubleValue = reader.double();
                  message.value = "doubleValue";
                  continue;
                }
                case 5: {
                  if (wireType !== 2)
                    break;
                  message.arrayValue = $root2.opentelemetry.proto.trace.v1.ArrayValue.decode(reader, reader.size(), $undefined2, _depth + 1, message.arrayValue);
                  message.value = "arrayValue";
                  continue;
                }
                case 6: {
                  if (wireType !== 2)
                    break;
                  message.kvlistValue = $root2.opentelemetry.proto.trace.v1.KeyValueList.decode(reader, reader.size(), $undefined2, _depth + 1, message.kvlistValue);
                  message.value = "kvlistValue";
                  continue;
                }
                case 7: {
                  if (wireType !== 2)
                    break;
                  message.bytesValue = reader.bytes();
                  message.value = "bytesValue";
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          AnyValue.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.AnyValue)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.AnyValue: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.AnyValue();
            if (object.stringValue != null)
              message.stringValue = $String(object.stringValue);
            if (object.boolValue != null)
              message.boolValue = $Boolean(object.boolValue);
            if (object.intValue != null) {
              if ($util2.Long)
                message.intValue = $util2.Long.fromValue(object.intValue, false);
              else if (typeof object.intValue === "string")
                message.intValue = $parseInt(object.intValue, 10);
              else if (typeof object.intValue === "number")
                message.intValue = object.intValue;
              else if (typeof object.intValue === "object")
                message.intValue = new $util2.LongBits(object.intValue.low >>> 0, object.intValue.high >>> 0).toNumber();
            }
            if (object.doubleValue != null)
              message.doubleValue = $Number(object.doubleValue);
            if (object.arrayValue != null) {
              if (!$util2.isObject(object.arrayValue))
                throw $TypeError(".opentelemetry.proto.trace.v1.AnyValue.arrayValue: object expected");
              message.arrayValue = $root2.opentelemetry.proto.trace.v1.ArrayValue.fromObject(object.arrayValue, _depth + 1);
            }
            if (object.kvlistValue != null) {
              if (!$util2.isObject(object.kvlistValue))
                throw $TypeError(".opentelemetry.proto.trace.v1.AnyValue.kvlistValue: object expected");
              message.kvlistValue = $root2.opentelemetry.proto.trace.v1.KeyValueList.fromObject(object.kvlistValue, _depth + 1);
            }
            if (object.bytesValue != null) {
              if (typeof object.bytesValue === "string")
                $util2.base64.decode(object.bytesValue, message.bytesValue = $util2.newBuffer($util2.base64.length(object.bytesValue)), 0);
              else if (object.bytesValue.length >= 0)
                message.bytesValue = object.bytesValue;
            }
            return message;
          };
          AnyValue.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (message.stringValue != null && $Object2.hasOwnProperty.call(message, "stringValue")) {
              object.stringValue = message.stringValue;
              if (options.oneofs)
                object.value = "stringValue";
            }
            if (message.boolValue != null && $Object2.hasOwnProperty.call(message, "boolValue")) {
              object.boolValue = message.boolValue;
              if (options.oneofs)
                object.value = "boolValue";
            }
            if (message.intValue != null && $Object2.hasOwnProperty.call(message, "intValue")) {
              if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                object.intValue = typeof message.intValue === "number" ? $BigInt(message.intValue) : $util2.Long.fromBits(message.intValue.low >>> 0, message.intValue.high >>> 0, false).toBigInt();
              else if (typeof message.intValue === "number")
                object.intValue = options.longs === $String ? $String(message.intValue) : message.intValue;
              else
                object.intValue = options.longs === $String ? $util2.Long.prototype.toString.call(message.intValue) : options.longs === $Number ? new $util2.LongBits(message.intValue.low >>> 0, message.intValue.high >>> 0).toNumber() : message.intValue;
              if (options.oneofs)
                object.value = "intValue";
            }
            if (message.doubleValue != null && $Object2.hasOwnProperty.call(message, "doubleValue")) {
              object.doubleValue = options.json && !$isFinite(message.doubleValue) ? $String(message.doubleValue) : message.doubleValue;
              if (options.oneofs)
                object.value = "doubleValue";
            }
            if (message.arrayValue != null && $Object2.hasOwnProperty.call(message, "arrayValue")) {
              object.arrayValue = $root2.opentelemetry.proto.trace.v1.ArrayValue.toObject(message.arrayValue, options, _depth + 1);
              if (options.oneofs)
                object.value = "arrayValue";
            }
            if (message.kvlistValue != null && $Object2.hasOwnProperty.call(message, "kvlistValue")) {
              object.kvlistValue = $root2.opentelemetry.proto.trace.v1.KeyValueList.toObject(message.kvlistValue, options, _depth + 1);
              if (options.oneofs)
                object.value = "kvlistValue";
            }
            if (message.bytesValue != null && $Object2.hasOwnProperty.call(message, "bytesValue")) {
              object.bytesValue = options.bytes === $String ? $util2.base64.encode(message.bytesValue, 0, message.bytesValue.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bytesValue) : message.bytesValue;
              if (options.oneofs)
                object.value = "bytesValue";
            }
            return object;
          };
          AnyValue.prototype.toJSON = function() {
            return AnyValue.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          return AnyValue;
        })();
        v1.ArrayValue = (function() {
          const ArrayValue = function(properties) {
            this.values = [];
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          ArrayValue.prototype.values = $util2.emptyArray;
          ArrayValue.create = function(properties) {
            return new ArrayValue(properties);
          };
          ArrayValue.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.ArrayValue();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 1: {
                  if (wireType !== 2)
                    break;
                  if (!(message.values && message.values.length))
                    message.values = [];
                  message.values.push($root2.opentelemetry.proto.trace.v1.AnyValue.decode(reader, reader.size(), $undefined2, _depth + 1));
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          ArrayValue.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.ArrayValue)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.ArrayValue: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.ArrayValue();
            if (object.values) {
              if (!$Array.isArray(object.values))
                throw $TypeError(".opentelemetry.proto.trace.v1.ArrayValue.values: array expected");
              message.values = $Array(object.values.length);
              for (let i = 0; i < object.values.length; ++i) {
                if (!$util2.isObject(object.values[i]))
                  throw $TypeError(".opentelemetry.proto.trace.v1.ArrayValue.values: object expected");
                message.values[i] = $root2.opentelemetry.proto.trace.v1.AnyValue.fromObject(object.values[i], _depth + 1);
              }
            }
            return message;
          };
          ArrayValue.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
              object.values = [];
            if (message.values && message.values.length) {
              object.values = $Array(message.values.length);
              for (let j = 0; j < message.values.length; ++j)
                object.values[j] = $root2.opentelemetry.proto.trace.v1.AnyValue.toObject(message.values[j], options, _depth + 1);
            }
            return object;
          };
          ArrayValue.prototype.toJSON = function() {
            return ArrayValue.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          return ArrayValue;
        })();
        v1.KeyValueList = (function() {
          const KeyValueList = function(properties) {
            this.values = [];
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          KeyValueList.prototype.values = $util2.emptyArray;
          KeyValueList.create = function(properties) {
            return new KeyValueList(properties);
          };
          KeyValueList.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.KeyValueList();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 1: {
                  if (wireType !== 2)
                    break;
                  if (!(message.values && message.values.length))
                    message.values = [];
                  message.values.push($root2.opentelemetry.proto.trace.v1.KeyValue.decode(reader, reader.size(), $undefined2, _depth + 1));
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          KeyValueList.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.KeyValueList)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.KeyValueList: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.KeyValueList();
            if (object.values) {
              if (!$Array.isArray(object.values))
                throw $TypeError(".opentelemetry.proto.trace.v1.KeyValueList.values: array expected");
              message.values = $Array(object.values.length);
              for (let i = 0; i < object.values.length; ++i) {
                if (!$util2.isObject(object.values[i]))
                  throw $TypeError(".opentelemetry.proto.trace.v1.KeyValueList.values: object expected");
                message.values[i] = $root2.opentelemetry.proto.trace.v1.KeyValue.fromObject(object.values[i], _depth + 1);
              }
            }
            return message;
          };
          KeyValueList.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
              object.values = [];
            if (message.values && message.values.length) {
              object.values = $Array(message.values.length);
              for (let j = 0; j < message.values.length; ++j)
                object.values[j] = $root2.opentelemetry.proto.trace.v1.KeyValue.toObject(message.values[j], options, _depth + 1);
            }
            return object;
          };
          KeyValueList.prototype.toJSON = function() {
            return KeyValueList.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          return KeyValueList;
        })();
        v1.KeyValue = (function() {
          const KeyValue = function(properties) {
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          KeyValue.prototype.key = "";
          KeyValue.prototype.value = null;
          KeyValue.create = function(properties) {
            return new KeyValue(properties);
          };
          KeyValue.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message, value;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.KeyValue();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 1: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.stringVerify()).length)
                    message.key = value;
                  else
                    delete message.key;
                  continue;
                }
                case 2: {
                  if (wireType !== 2)
                    break;
                  message.value = $root2.opentelemetry.proto.trace.v1.AnyValue.decode(reader, reader.size(), $undefined2, _depth + 1, message.value);
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          KeyValue.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.KeyValue)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.KeyValue: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.KeyValue();
            if (object.key != null) {
              if (typeof object.key !== "string" || object.key.length)
                message.key = $String(object.key);
            }
            if (object.value != null) {
              if (!$util2.isObject(object.value))
                throw $TypeError(".opentelemetry.proto.trace.v1.KeyValue.value: object expected");
              message.value = $root2.opentelemetry.proto.trace.v1.AnyValue.fromObject(object.value, _depth + 1);
            }
            return message;
          };
          KeyValue.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (options.defaults) {
              object.key = "";
              object.value = null;
            }
            if (message.key != null && $Object2.hasOwnProperty.call(message, "key"))
              object.key = message.key;
            if (message.value != null && $Object2.hasOwnProperty.call(message, "value"))
              object.value = $root2.opentelemetry.proto.trace.v1.AnyValue.toObject(message.value, options, _depth + 1);
            return object;
          };
          KeyValue.prototype.toJSON = function() {
            return KeyValue.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          return KeyValue;
        })();
        v1.InstrumentationScope = (function() {
          const InstrumentationScope = function(properties) {
            this.attributes = [];
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          InstrumentationScope.prototype.name = "";
          InstrumentationScope.prototype.version = "";
          InstrumentationScope.prototype.attributes = $util2.emptyArray;
          InstrumentationScope.prototype.droppedAttributesCount = 0;
          InstrumentationScope.create = function(properties) {
            return new InstrumentationScope(properties);
          };
          InstrumentationScope.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message, value;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.InstrumentationScope();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 1: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.stringVerify()).length)
                    message.name = value;
                  else
                    delete message.name;
                  continue;
                }
                case 2: {
                  if (wireType !== 2)
                    break;
                  if ((value = reader.stringVerify()).length)
                    message.version = value;
                  else
                    delete message.version;
                  continue;
                }
                case 3: {
                  if (wireType !== 2)
                    break;
                  if (!(message.attributes && message.attributes.length))
                    message.attributes = [];
                  message.attributes.push($root2.opentelemetry.proto.trace.v1.KeyValue.decode(reader, reader.size(), $undefined2, _depth + 1));
                  continue;
                }
                case 4: {
                  if (wireType !== 0)
                    break;
                  if (value = reader.uint32())
                    message.droppedAttributesCount = value;
                  else
                    delete message.droppedAttributesCount;
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          InstrumentationScope.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.InstrumentationScope)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.InstrumentationScope: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.InstrumentationScope();
            if (object.name != null) {
              if (typeof object.name !== "string" || object.name.length)
                message.name = $String(object.name);
            }
            if (object.version != null) {
              if (typeof object.version !== "string" || object.version.length)
                message.version = $String(object.version);
            }
            if (object.attributes) {
              if (!$Array.isArray(object.attributes))
                throw $TypeError(".opentelemetry.proto.trace.v1.InstrumentationScope.attributes: array expected");
              message.attributes = $Array(object.attributes.length);
              for (let i = 0; i < object.attributes.length; ++i) {
                if (!$util2.isObject(object.attributes[i]))
                  throw $TypeError(".opentelemetry.proto.trace.v1.InstrumentationScope.attributes: object expected");
                message.attributes[i] = $root2.opentelemetry.proto.trace.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
              }
            }
            if (object.droppedAttributesCount != null) {
              if ($Number(object.droppedAttributesCount) !== 0)
                message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
            }
            return message;
          };
          InstrumentationScope.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
              object.attributes = [];
            if (options.defaults) {
              object.name = "";
              object.version = "";
              object.droppedAttributesCount = 0;
            }
            if (message.name != null && $Object2.hasOwnProperty.call(message, "name"))
              object.name = message.name;
            if (message.version != null && $Object2.hasOwnProperty.call(message, "version"))
              object.version = message.version;
            if (message.attributes && message.attributes.length) {
              object.attributes = $Array(message.attributes.length);
              for (let j = 0; j < message.attributes.length; ++j)
                object.attributes[j] = $root2.opentelemetry.proto.trace.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
            }
            if (message.droppedAttributesCount != null && $Object2.hasOwnProperty.call(message, "droppedAttributesCount"))
              object.droppedAttributesCount = message.droppedAttributesCount;
            return object;
          };
          InstrumentationScope.prototype.toJSON = function() {
            return InstrumentationScope.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          return InstrumentationScope;
        })();
        v1.Resource = (function() {
          const Resource = function(properties) {
            this.attributes = [];
            if (properties) {
              for (let keys = $Object2.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                  this[keys[i]] = properties[keys[i]];
            }
          };
          Resource.prototype.attributes = $util2.emptyArray;
          Resource.prototype.droppedAttributesCount = 0;
          Resource.create = function(properties) {
            return new Resource(properties);
          };
          Resource.decode = function(reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader2))
              reader = $Reader2.create(reader);
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $Reader2.recursionLimit)
              throw $Error2("max depth exceeded");
            let end, message, value;
            if (length === $undefined2)
              end = reader.len;
            else {
              end = reader.pos + length;
              if (end > reader.len)
                throw $RangeError2("index out of range");
              length = reader.len;
              reader.len = end;
            }
            message = _target || new $root2.opentelemetry.proto.trace.v1.Resource();
            while (reader.pos < end) {
              let start = reader.pos;
              let tag = reader.tag();
              if (tag === _end) {
                _end = $undefined2;
                break;
              }
              let wireType = tag & 7;
              switch (tag >>>= 3) {
                case 1: {
                  if (wireType !== 2)
                    break;
                  if (!(message.attributes && message.attributes.length))
                    message.attributes = [];
                  message.attributes.push($root2.opentelemetry.proto.trace.v1.KeyValue.decode(reader, reader.size(), $undefined2, _depth + 1));
                  continue;
                }
                case 2: {
                  if (wireType !== 0)
                    break;
                  if (value = reader.uint32())
                    message.droppedAttributesCount = value;
                  else
                    delete message.droppedAttributesCount;
                  continue;
                }
              }
              reader.skipType(wireType, _depth, tag);
              if (!reader.discardUnknown) {
                $util2.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
              }
            }
            if (length !== $undefined2) {
              if (reader.pos !== end)
                throw $RangeError2("index out of range");
              reader.len = length;
            }
            if (_end !== $undefined2)
              throw $Error2("missing end group");
            return message;
          };
          Resource.fromObject = function(object, _depth) {
            if (object instanceof $root2.opentelemetry.proto.trace.v1.Resource)
              return object;
            if (!$util2.isObject(object))
              throw $TypeError(".opentelemetry.proto.trace.v1.Resource: object expected");
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let message = new $root2.opentelemetry.proto.trace.v1.Resource();
            if (object.attributes) {
              if (!$Array.isArray(object.attributes))
                throw $TypeError(".opentelemetry.proto.trace.v1.Resource.attributes: array expected");
              message.attributes = $Array(object.attributes.length);
              for (let i = 0; i < object.attributes.length; ++i) {
                if (!$util2.isObject(object.attributes[i]))
                  throw $TypeError(".opentelemetry.proto.trace.v1.Resource.attributes: object expected");
                message.attributes[i] = $root2.opentelemetry.proto.trace.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
              }
            }
            if (object.droppedAttributesCount != null) {
              if ($Number(object.droppedAttributesCount) !== 0)
                message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
            }
            return message;
          };
          Resource.toObject = function(message, options, _depth) {
            if (!options)
              options = {};
            if (_depth === $undefined2)
              _depth = 0;
            if (_depth > $util2.recursionLimit)
              throw $Error2("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
              object.attributes = [];
            if (options.defaults)
              object.droppedAttributesCount = 0;
            if (message.attributes && message.attributes.length) {
              object.attributes = $Array(message.attributes.length);
              for (let j = 0; j < message.attributes.length; ++j)
                object.attributes[j] = $root2.opentelemetry.proto.trace.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
            }
            if (message.droppedAttributesCount != null && $Object2.hasOwnProperty.call(message, "droppedAttributesCount"))
              object.droppedAttributesCount = message.droppedAttributesCount;
            return object;
          };
          Resource.prototype.toJSON = function() {
            return Resource.toObject(this, import_minimal4.default.util.toJSONOptions);
          };
          return Resource;
        })();
        return v1;
      })();
      return trace;
    })();
    return proto;
  })();
  return opentelemetry2;
})();

// src/formats/otlp-proto/sniff.ts
function sniffOtlpProto(head) {
  const top = wireFields(head, 0, head.length);
  if (!top || top.length === 0 || top.some((f) => f.field !== 1 || f.wire !== 2)) return 0;
  const first = top[0];
  const resourceSpans = wireFields(head, first.start, first.end);
  if (!resourceSpans || resourceSpans.some((f) => ![1, 2, 3, 1e3].includes(f.field) || f.wire !== 2)) return 0;
  const scope = resourceSpans.find((f) => f.field === 2);
  const scopeFields = scope && wireFields(head, scope.start, scope.end);
  const span = scopeFields?.find((f) => f.field === 2 && f.wire === 2);
  const spanFields = span && wireFields(head, span.start, span.end);
  if (!spanFields) return resourceSpans.length > 0 && first.end <= head.length ? 0.3 : 0;
  const traceId = spanFields.find((f) => f.field === 1);
  const spanId = spanFields.find((f) => f.field === 2);
  const idsFit = traceId?.wire === 2 && traceId.end - traceId.start === 16 && spanId?.wire === 2 && spanId.end - spanId.start === 8;
  return idsFit ? 0.97 : 0.3;
}

// src/formats/otlp-proto/importer.ts
var format3 = "otlp-proto";
var Request = opentelemetry.proto.trace.v1.ExportTraceServiceRequest;
var otlpProtoImporter = {
  id: format3,
  sniff: sniffOtlpProto,
  parse(bytes, ctx) {
    if (bytes.length === 0)
      throw new FormatError(format3, `${format3}.empty`, "the export is empty (0 bytes)", { offset: 0 });
    const reader = new LenientReader(bytes);
    let message;
    try {
      message = Request.decode(reader);
    } catch (err) {
      throw decodeError2(err, reader.pos, bytes.length);
    }
    const doc = Request.toObject(message, { longs: String, enums: Number, bytes: String });
    hexIds(doc);
    const spans = [];
    mapTraceRequest(doc, { format: format3, pointer: "" }, { spans, limits: ctx.limits });
    if (reader.invalidUtf8Strings > 0) {
      const message2 = "strings that are not valid UTF-8 were read with U+FFFD in place of the bad bytes";
      ctx.diagnostics.add(`${format3}.invalid-utf8`, message2, void 0, reader.invalidUtf8Strings);
    }
    return artifact(spans, ctx);
  }
};
function decodeError2(err, pos, size) {
  const message = err instanceof Error ? err.message : String(err);
  if (/index out of range/.test(message)) {
    return new FormatError(format3, `${format3}.truncated`, `protobuf data ends early (a field runs past byte ${size})`, {
      offset: Math.min(pos, size)
    });
  }
  if (/invalid wire type/.test(message))
    return new FormatError(format3, `${format3}.bad-wire-type`, `not a valid protobuf field (${message})`, {
      offset: pos
    });
  if (/max depth|call stack/i.test(message))
    return new FormatError(format3, `${format3}.too-deep`, "protobuf nesting too deep", { offset: pos });
  return new FormatError(format3, `${format3}.bad-protobuf`, `protobuf decoding failed (${message.slice(0, 120)})`, {
    offset: pos
  });
}
function hexIds(doc) {
  for (const rs of asList(doc["resourceSpans"])) {
    for (const ss of asList(rs["scopeSpans"])) {
      for (const span of asList(ss["spans"])) {
        for (const key of ["traceId", "spanId", "parentSpanId"]) {
          if (typeof span[key] === "string") span[key] = Buffer.from(span[key], "base64").toString("hex");
        }
      }
    }
  }
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function artifact(spans, ctx) {
  if (spans.length === 0) ctx.diagnostics.add(`${format3}.empty`, "the export holds no spans");
  return { format: format3, content: { type: "spans", spans: { spans } }, diagnostics: ctx.diagnostics.list() };
}

// src/formats/zipkin/otel-tags.ts
var resourcePrefixes = [
  "service.",
  "telemetry.",
  "host.",
  "os.",
  "process.",
  "deployment.",
  "cloud.",
  "k8s.",
  "container.",
  "faas.",
  "device."
];
function splitResourceTags(tags) {
  const attributes = {};
  const resource = {};
  for (const [key, value] of Object.entries(tags)) {
    if (resourcePrefixes.some((p) => key.startsWith(p))) resource[key] = value;
    else attributes[key] = value;
  }
  return { attributes, resource };
}
function takeStatus(tags, rule) {
  const code = tags["otel.status_code"];
  const message = tags["otel.status_description"];
  const error = tags["error"];
  delete tags["otel.status_code"];
  delete tags["otel.status_description"];
  const present = error !== void 0 && error !== null;
  const errorTag = error === true || error === "true" || rule === "any-value" && present;
  if (errorTag || typeof error === "string" && code === "ERROR") delete tags["error"];
  const failed = code === "ERROR" || errorTag;
  const errorText = typeof error === "string" && error !== "true" && error !== "" ? error : void 0;
  const text = typeof message === "string" ? message : errorText;
  if (failed) return text ? { code: "error", message: text } : { code: "error" };
  return code === "OK" ? { code: "ok" } : { code: "unset" };
}
var kinds2 = {
  server: "server",
  client: "client",
  producer: "producer",
  consumer: "consumer",
  internal: "internal"
};
function takeKind(tags) {
  const value = tags["span.kind"];
  delete tags["span.kind"];
  return typeof value === "string" ? kinds2[value.toLowerCase()] ?? "unspecified" : "unspecified";
}

// src/formats/zipkin/importer.ts
var format4 = "zipkin";
var kinds3 = {
  CLIENT: "client",
  SERVER: "server",
  PRODUCER: "producer",
  CONSUMER: "consumer"
};
var zipkinImporter = {
  id: format4,
  sniff(head) {
    const text = sniffText(head);
    if (!/^(\[\s*)?\{/.test(text) || !text.includes('"traceId"') || text.includes('"binaryAnnotations"')) return 0;
    if (text.includes('"resourceSpans"') || text.includes('"traceID"')) return 0;
    if (text.startsWith("{") && !/"id"\s*:\s*"/.test(text)) return 0;
    return /"(localEndpoint|remoteEndpoint)"\s*:/.test(text) || /"kind"\s*:\s*"(CLIENT|SERVER|PRODUCER|CONSUMER)"/.test(text) ? 0.9 : 0.6;
  },
  parse(bytes, ctx) {
    const doc = parseJson(decodeUtf8(bytes, format4), format4);
    const place = { format: format4, pointer: "" };
    const list = Array.isArray(doc) ? doc : [readObject(doc, place)];
    const max = ctx.limits.maxSpans;
    if (list.length > max) throw fail4(place, "too-many-spans", `more than maxSpans=${max} spans`);
    const badIds = new BadIdSpans(format4);
    const spans = [];
    readArray(list, place).forEach((item, i) => {
      const itemPlace = Array.isArray(doc) ? at(place, i) : place;
      const span = badIds.keep(() => mapSpan2(readObject(item, itemPlace), itemPlace, ctx));
      if (span) spans.push(span);
    });
    badIds.finish(spans.length, ctx.diagnostics);
    return artifact2(spans, ctx);
  }
};
function mapSpan2(s, place, ctx) {
  const endpoint = s["localEndpoint"] === void 0 ? {} : readObject(s["localEndpoint"], at(place, "localEndpoint"));
  const service = readString(endpoint["serviceName"], at(at(place, "localEndpoint"), "serviceName"), "") || "unknown_service";
  const tags = readTags(s["tags"], at(place, "tags"));
  const status = takeStatus(tags, "any-value");
  const { attributes, resource } = splitResourceTags(tags);
  const parent = s["parentId"] === void 0 || s["parentId"] === null ? "" : readPaddedHexId(s["parentId"], at(place, "parentId"), 16);
  if (s["timestamp"] === void 0)
    ctx.diagnostics.add("zipkin.no-timestamp", "spans without a timestamp were read as starting at 0");
  const span = {
    traceId: readPaddedHexId(s["traceId"], at(place, "traceId"), 32),
    spanId: readPaddedHexId(s["id"], at(place, "id"), 16),
    parentSpanId: parent === "" ? void 0 : parent,
    name: readString(s["name"], at(place, "name"), ""),
    service,
    kind: readKind(s["kind"], at(place, "kind")),
    startUnixNano: s["timestamp"] === void 0 ? 0n : readMicros(s["timestamp"], at(place, "timestamp")),
    durationNs: s["duration"] === void 0 || s["duration"] === null ? void 0 : readMicros(s["duration"], at(place, "duration"), true),
    status,
    attributes,
    resourceAttributes: { "service.name": service, ...resource },
    events: readArray(s["annotations"], at(place, "annotations")).map(
      (a, i) => readAnnotation(a, at(at(place, "annotations"), i))
    ),
    where: pointerOf(place)
  };
  if (s["shared"] === true) span.shared = true;
  return span;
}
function readKind(value, place) {
  if (value === void 0 || value === null) return "internal";
  const name = readString(value, place);
  const kind = kinds3[name];
  if (!kind) throw fail4(place, "bad-enum", `unknown span kind ${JSON.stringify(name.slice(0, 20))}`);
  return kind;
}
function readTags(value, place) {
  if (value === void 0 || value === null) return {};
  const tags = readObject(value, place);
  const out = {};
  for (const [key, v] of Object.entries(tags)) out[key] = readString(v, at(place, key));
  return out;
}
function readAnnotation(value, place) {
  const a = readObject(value, place);
  return {
    name: readString(a["value"], at(place, "value")),
    timeUnixNano: readMicros(a["timestamp"], at(place, "timestamp")),
    attributes: {}
  };
}
function artifact2(spans, ctx) {
  if (spans.length === 0) ctx.diagnostics.add(`${format4}.empty`, "the export holds no spans");
  return { format: format4, content: { type: "spans", spans: { spans } }, diagnostics: ctx.diagnostics.list() };
}

// src/formats/jaeger/jaeger-trace.ts
function mapTrace(value, place, target) {
  const trace = readObject(value, place);
  const processes = readProcesses(trace["processes"], at(place, "processes"));
  if (readArray(trace["warnings"], at(place, "warnings")).length > 0)
    target.diagnostics.add("jaeger.warnings", "the trace carries Jaeger warnings");
  const spansPlace = at(place, "spans");
  readArray(trace["spans"], spansPlace).forEach((item, i) => {
    if (target.spans.length >= target.limits.maxSpans)
      throw fail4(spansPlace, "too-many-spans", `more than maxSpans=${target.limits.maxSpans} spans`);
    const place2 = at(spansPlace, i);
    const span = target.badIds.keep(() => mapSpan3(readObject(item, place2), place2, processes, target.diagnostics));
    if (span) target.spans.push(span);
  });
}
function readProcesses(value, place) {
  const out = /* @__PURE__ */ new Map();
  if (value === void 0 || value === null) return out;
  for (const [id, p] of Object.entries(readObject(value, place))) out.set(id, readProcess(p, at(place, id)));
  return out;
}
function readProcess(value, place) {
  const p = readObject(value, place);
  const service = readString(p["serviceName"], at(place, "serviceName"), "") || "unknown_service";
  return { service, resource: { "service.name": service, ...readTags2(p["tags"], at(place, "tags")) } };
}
function mapSpan3(s, place, processes, diagnostics) {
  const traceId = readPaddedHexId(s["traceID"], at(place, "traceID"), 32);
  const process = s["process"] !== void 0 ? readProcess(s["process"], at(place, "process")) : processes.get(readString(s["processID"], at(place, "processID"), ""));
  if (!process) diagnostics.add("jaeger.unknown-process", "spans name a processID the trace does not list");
  const tags = readTags2(s["tags"], at(place, "tags"));
  const kind = takeKind(tags);
  const status = takeStatus(tags, "true-only");
  if (readArray(s["warnings"], at(place, "warnings")).length > 0)
    diagnostics.add("jaeger.span-warnings", "spans carry Jaeger warnings");
  return {
    traceId,
    spanId: readPaddedHexId(s["spanID"], at(place, "spanID"), 16),
    parentSpanId: parentOf(s, place, traceId),
    name: readString(s["operationName"], at(place, "operationName"), ""),
    service: process?.service ?? "unknown_service",
    kind,
    startUnixNano: readMicros(s["startTime"], at(place, "startTime")),
    durationNs: readMicros(s["duration"] ?? 0, at(place, "duration"), true),
    status,
    attributes: tags,
    resourceAttributes: process?.resource ?? {},
    events: readArray(s["logs"], at(place, "logs")).map((l, i) => readLog(l, at(at(place, "logs"), i))),
    where: pointerOf(place)
  };
}
function parentOf(s, place, traceId) {
  const refs = readArray(s["references"], at(place, "references")).map((r, i) => {
    const refPlace = at(at(place, "references"), i);
    const ref = readObject(r, refPlace);
    return {
      type: readString(ref["refType"], at(refPlace, "refType"), "CHILD_OF"),
      trace: readPaddedHexId(ref["traceID"], at(refPlace, "traceID"), 32),
      span: readPaddedHexId(ref["spanID"], at(refPlace, "spanID"), 16)
    };
  });
  const sameTrace = refs.filter((r) => r.trace === traceId);
  const parent = sameTrace.find((r) => r.type === "CHILD_OF") ?? sameTrace.find((r) => r.type === "FOLLOWS_FROM");
  if (parent) return parent.span;
  if (s["parentSpanID"] !== void 0 && s["parentSpanID"] !== null && s["parentSpanID"] !== "")
    return readPaddedHexId(s["parentSpanID"], at(place, "parentSpanID"), 16);
  return void 0;
}
function readTags2(value, place) {
  const out = {};
  readArray(value, place).forEach((item, i) => {
    const tagPlace = at(place, i);
    const tag = readObject(item, tagPlace);
    const v = tag["value"];
    if (v !== null && typeof v === "object")
      throw fail4(at(tagPlace, "value"), "wrong-type", "expected a string, number or boolean tag value");
    out[readString(tag["key"], at(tagPlace, "key"))] = v ?? null;
  });
  return out;
}
function readLog(value, place) {
  const log = readObject(value, place);
  const fields = readTags2(log["fields"], at(place, "fields"));
  const name = typeof fields["event"] === "string" ? fields["event"] : "log";
  delete fields["event"];
  return { name, timeUnixNano: readMicros(log["timestamp"], at(place, "timestamp")), attributes: fields };
}

// src/formats/jaeger/importer.ts
var format5 = "jaeger";
var jaegerImporter = {
  id: format5,
  sniff(head) {
    const text = sniffText(head);
    if (!text.startsWith("{") && !text.startsWith("[")) return 0;
    if (text.includes('"processMap"') && text.includes('"spans"')) return 0.9;
    if (!text.includes('"traceID"') || text.includes('"resourceSpans"')) return 0;
    return text.includes('"spanID"') || text.includes('"operationName"') || text.includes('"processes"') ? 0.9 : 0.5;
  },
  parse(bytes, ctx) {
    const doc = parseJson(decodeUtf8(bytes, format5), format5);
    const spans = [];
    const badIds = new BadIdSpans(format5);
    const target = { spans, limits: ctx.limits, diagnostics: ctx.diagnostics, badIds };
    traces(doc).forEach(({ value, place }) => mapTrace(value, place, target));
    badIds.finish(spans.length, ctx.diagnostics);
    return artifact3(spans, ctx);
  }
};
function traces(doc) {
  const root = { format: format5, pointer: "" };
  const list = (value, place) => readArray(value, place).map((v, i) => ({ value: v, place: at(place, i) }));
  if (Array.isArray(doc)) return isSpanDocument(doc[0]) ? [{ value: { spans: doc }, place: root }] : list(doc, root);
  const obj = readObject(doc, root);
  refuseOtherShapes(obj, root);
  if ("data" in obj) return list(obj["data"] ?? [], at(root, "data"));
  if (isSpanDocument(obj)) return [{ value: { spans: [obj] }, place: root }];
  if ("spans" in obj || "traceID" in obj) return [{ value: obj, place: root }];
  throw fail4(root, "wrong-type", "expected {data: [trace\u2026]}, a trace or an array of traces");
}
function isSpanDocument(value) {
  return typeof value === "object" && value !== null && "spanID" in value && !("spans" in value);
}
function refuseOtherShapes(obj, root) {
  const howTo = `export traces with the query API (GET /api/traces/{id}) or the UI's "Download JSON"`;
  if ("processMap" in obj) {
    const what = "Jaeger domain-model trace (model.Trace JSON, base64 ids), not an export";
    throw fail4(root, "domain-model", `${what}: ${howTo}`);
  }
  const data = obj["data"];
  if ("state" in obj && typeof data === "object" && data !== null && !Array.isArray(data)) {
    const what = "Jaeger UI trace state ({data, id, state} of the UI's store), not an export";
    throw fail4(root, "ui-state", `${what}: ${howTo}`);
  }
}
function artifact3(spans, ctx) {
  if (spans.length === 0) ctx.diagnostics.add(`${format5}.empty`, "the export holds no spans");
  return { format: format5, content: { type: "spans", spans: { spans } }, diagnostics: ctx.diagnostics.list() };
}

// src/formats/gotrace/byte-stream.ts
var slabBytes = 4 * 1024 * 1024;
var spareSlabs = 2;
var ByteStream = class {
  /** `slab` is the size of the stream's buffers (small ones in tests, to reuse them often). */
  constructor(chunks, slab = slabBytes) {
    this.slab = slab;
    this.it = chunks[Symbol.asyncIterator]();
  }
  slab;
  buf = new Uint8Array(0);
  /** Absolute offset of `buf[0]`. */
  bufAt = 0;
  start = 0;
  end = 0;
  done = false;
  it;
  /** The input chunk being copied in, from `chunkAt`. */
  chunk = new Uint8Array(0);
  chunkAt = 0;
  /** Earlier slabs of the stream's own, with the absolute offset their bytes end at; tracked once a reader releases. */
  filled = [];
  spare = [];
  recycling = false;
  /** Absolute offset of the next unread byte. */
  get offset() {
    return this.bufAt + this.start;
  }
  get available() {
    return this.end - this.start;
  }
  /** Makes at least `n` bytes available; false when the input ends first. */
  async ensure(n) {
    while (this.end - this.start < n) {
      if (this.chunkAt === this.chunk.length) {
        const next = this.done ? void 0 : await this.it.next();
        if (!next || next.done) {
          this.done = true;
          break;
        }
        this.chunk = next.value;
        this.chunkAt = 0;
        continue;
      }
      if (this.buf.length - this.start < n) this.newSlab(n);
      const take = Math.min(this.chunk.length - this.chunkAt, this.buf.length - this.end);
      this.buf.set(this.chunk.subarray(this.chunkAt, this.chunkAt + take), this.end);
      this.end += take;
      this.chunkAt += take;
    }
    return this.end - this.start >= n;
  }
  /** The unread bytes in the window (a view that stays valid until released). */
  view() {
    return this.buf.subarray(this.start, this.end);
  }
  skip(n) {
    this.start += n;
  }
  /** The reader will not use views of bytes before `offset` again: their slabs may be reused. */
  release(offset) {
    this.recycling = true;
    while (this.filled.length > 0 && this.filled[0].endsAt <= offset) {
      const slab = this.filled.shift().bytes;
      if (this.spare.length < spareSlabs) this.spare.push(slab);
    }
  }
  /** Moves the unread bytes to a fresh (or reused) slab with room for `n` bytes from its start. */
  newSlab(n) {
    const next = (n <= this.slab ? this.spare.pop() : void 0) ?? new Uint8Array(Math.max(this.slab, n));
    const live = this.end - this.start;
    next.set(this.buf.subarray(this.start, this.end), 0);
    this.retire();
    this.bufAt += this.start;
    this.buf = next;
    this.start = 0;
    this.end = live;
  }
  /** Remembers the current slab for reuse once released (views of it may still be in use). */
  retire() {
    if (this.recycling && this.buf.length === this.slab)
      this.filled.push({ bytes: this.buf, endsAt: this.bufAt + this.end });
  }
};

// src/formats/gotrace/header.ts
var headerBytes = 16;
var headerVersions = [
  { minor: 5, family: "ancient", writtenBy: ["1.5", "1.6"] },
  { minor: 7, family: "ancient", writtenBy: ["1.7"] },
  { minor: 8, family: "ancient", writtenBy: ["1.8"] },
  { minor: 9, family: "ancient", writtenBy: ["1.9"] },
  { minor: 10, family: "ancient", writtenBy: ["1.10"] },
  { minor: 11, family: "legacy", writtenBy: ["1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18"] },
  { minor: 19, family: "legacy", writtenBy: ["1.19", "1.20"] },
  { minor: 21, family: "legacy", writtenBy: ["1.21", "1.22"] },
  // 1.22 with GOEXPERIMENT=noexectracer2
  { minor: 22, family: "v2", writtenBy: ["1.22"] },
  { minor: 23, family: "v2", writtenBy: ["1.23", "1.24"] },
  { minor: 25, family: "v2", writtenBy: ["1.25"] },
  { minor: 26, family: "v2", writtenBy: ["1.26"] }
];
var magic = [103, 111, 32, 49, 46];
function looksLikeTraceHeader(head) {
  if (head.length < magic.length) return false;
  return magic.every((b, i) => head[i] === b);
}
function readHeader(bytes) {
  if (bytes.length < headerBytes || !looksLikeTraceHeader(bytes)) {
    throw new FormatError("go-trace", "gotrace.bad-header", "not a Go execution trace header", { offset: 0 });
  }
  const text = String.fromCharCode(...bytes.subarray(0, headerBytes));
  const match = /^go 1\.(\d{1,3}) trace\0+$/.exec(text);
  if (!match) {
    throw new FormatError("go-trace", "gotrace.bad-header", "malformed Go trace header", { offset: 0 });
  }
  const minor = Number(match[1]);
  const known = headerVersions.find((v) => v.minor === minor);
  if (!known) {
    throw new FormatError("go-trace", "gotrace.unsupported-version", `unsupported Go trace version go 1.${minor}`, {
      offset: 0
    });
  }
  return known;
}
function versionString(v) {
  return `1.${v.minor}`;
}

// src/formats/gotrace/events.ts
var GoState = {
  undetermined: 0,
  notExist: 1,
  runnable: 2,
  running: 3,
  waiting: 4,
  syscall: 5
};
var wireGoStatus = [
  -1,
  GoState.runnable,
  GoState.running,
  GoState.syscall,
  GoState.waiting
];
function reusableEvent(strings) {
  return { typ: 0, time: 0, g: -1, p: -1, m: -1, args: [], fromState: 0, strings, taskName: "" };
}
var syncType = 0;

// src/formats/gotrace/spec-v2.ts
var st = "StateTransition";
var v2Events = [
  { type: 9, name: "ProcsChange", args: ["procs", "stack"], since: 22, kind: "Metric" },
  // GOMAXPROCS
  { type: 10, name: "ProcStart", args: ["p", "p_seq"], since: 22, kind: st },
  { type: 11, name: "ProcStop", args: [], since: 22, kind: st },
  { type: 12, name: "ProcSteal", args: ["p", "p_seq", "m"], since: 22, kind: st },
  { type: 13, name: "ProcStatus", args: ["p", "pstatus"], since: 22, kind: st },
  { type: 14, name: "GoCreate", args: ["new_g", "new_stack", "stack"], since: 22, kind: st },
  { type: 15, name: "GoCreateSyscall", args: ["new_g"], since: 22, kind: st },
  // cgo callback
  { type: 16, name: "GoStart", args: ["g", "g_seq"], since: 22, kind: st },
  { type: 17, name: "GoDestroy", args: [], since: 22, kind: st },
  { type: 18, name: "GoDestroySyscall", args: [], since: 22, kind: st },
  { type: 19, name: "GoStop", args: ["reason_string", "stack"], since: 22, kind: st },
  // yields, stays runnable
  { type: 20, name: "GoBlock", args: ["reason_string", "stack"], since: 22, kind: st },
  { type: 21, name: "GoUnblock", args: ["g", "g_seq", "stack"], since: 22, kind: st },
  { type: 22, name: "GoSyscallBegin", args: ["p_seq", "stack"], since: 22, kind: st },
  { type: 23, name: "GoSyscallEnd", args: [], since: 22, kind: st },
  { type: 24, name: "GoSyscallEndBlocked", args: [], since: 22, kind: st },
  { type: 25, name: "GoStatus", args: ["g", "m", "gstatus"], since: 22, kind: st },
  // state at generation start
  { type: 26, name: "STWBegin", args: ["kind_string", "stack"], since: 22, kind: "RangeBegin" },
  { type: 27, name: "STWEnd", args: [], since: 22, kind: "RangeEnd" },
  { type: 28, name: "GCActive", args: ["gc_seq"], since: 22, kind: "RangeActive" },
  { type: 29, name: "GCBegin", args: ["gc_seq", "stack"], since: 22, kind: "RangeBegin" },
  { type: 30, name: "GCEnd", args: ["gc_seq"], since: 22, kind: "RangeEnd" },
  { type: 31, name: "GCSweepActive", args: ["p"], since: 22, kind: "RangeActive" },
  { type: 32, name: "GCSweepBegin", args: ["stack"], since: 22, kind: "RangeBegin" },
  { type: 33, name: "GCSweepEnd", args: ["swept_value", "reclaimed_value"], since: 22, kind: "RangeEnd" },
  { type: 34, name: "GCMarkAssistActive", args: ["g"], since: 22, kind: "RangeActive" },
  { type: 35, name: "GCMarkAssistBegin", args: ["stack"], since: 22, kind: "RangeBegin" },
  { type: 36, name: "GCMarkAssistEnd", args: [], since: 22, kind: "RangeEnd" },
  { type: 37, name: "HeapAlloc", args: ["heapalloc_value"], since: 22, kind: "Metric" },
  { type: 38, name: "HeapGoal", args: ["heapgoal_value"], since: 22, kind: "Metric" },
  { type: 39, name: "GoLabel", args: ["label_string"], since: 22, kind: "Label" },
  {
    type: 40,
    name: "UserTaskBegin",
    args: ["task", "parent_task", "name_string", "stack"],
    since: 22,
    kind: "TaskBegin"
  },
  { type: 41, name: "UserTaskEnd", args: ["task", "stack"], since: 22, kind: "TaskEnd" },
  { type: 42, name: "UserRegionBegin", args: ["task", "name_string", "stack"], since: 22, kind: "RegionBegin" },
  { type: 43, name: "UserRegionEnd", args: ["task", "name_string", "stack"], since: 22, kind: "RegionEnd" },
  { type: 44, name: "UserLog", args: ["task", "key_string", "value_string", "stack"], since: 22, kind: "Log" },
  { type: 45, name: "GoSwitch", args: ["g", "g_seq"], since: 23, kind: st },
  // coroutine switch
  { type: 46, name: "GoSwitchDestroy", args: ["g", "g_seq"], since: 23, kind: st },
  { type: 47, name: "GoCreateBlocked", args: ["new_g", "new_stack", "stack"], since: 23, kind: st },
  { type: 48, name: "GoStatusStack", args: ["g", "m", "gstatus", "stack"], since: 23, kind: st },
  { type: 128, name: "Span", args: ["id", "npages_value", "kindclass"], since: 23, kind: "Experimental" },
  // AllocFree
  { type: 129, name: "SpanAlloc", args: ["id", "npages_value", "kindclass"], since: 23, kind: "Experimental" },
  { type: 130, name: "SpanFree", args: ["id"], since: 23, kind: "Experimental" },
  { type: 131, name: "HeapObject", args: ["id", "type"], since: 23, kind: "Experimental" },
  { type: 132, name: "HeapObjectAlloc", args: ["id", "type"], since: 23, kind: "Experimental" },
  { type: 133, name: "HeapObjectFree", args: ["id"], since: 23, kind: "Experimental" },
  { type: 134, name: "GoroutineStack", args: ["id", "order"], since: 23, kind: "Experimental" },
  { type: 135, name: "GoroutineStackAlloc", args: ["id", "order"], since: 23, kind: "Experimental" },
  { type: 136, name: "GoroutineStackFree", args: ["id"], since: 23, kind: "Experimental" }
];
var v2Structural = {
  eventBatch: 1,
  stacks: 2,
  stack: 3,
  strings: 4,
  string: 5,
  cpuSamples: 6,
  cpuSample: 7,
  frequency: 8,
  experimentalBatch: 49,
  sync: 50,
  clockSnapshot: 51,
  endOfGeneration: 52
};
var maxBatchSize = 64 << 10;
var maxStringSize = 1 << 10;
var maxFramesPerStack = 128;
function argCounts(minor) {
  const counts = new Int8Array(256).fill(-1);
  for (const spec of v2Events) if (spec.since <= minor) counts[spec.type] = spec.args.length;
  return counts;
}
var v2Kinds = (() => {
  const kinds4 = new Array(256).fill("");
  for (const spec of v2Events) kinds4[spec.type] = spec.kind;
  return kinds4;
})();
var v2Type = Object.fromEntries(v2Events.map((s) => [s.name, s.type]));

// src/formats/gotrace/legacy/ids.ts
var EvBatch = 1;
var EvFrequency = 2;
var EvStack = 3;
var EvGomaxprocs = 4;
var EvProcStart = 5;
var EvProcStop = 6;
var EvGCStart = 7;
var EvGCDone = 8;
var EvSTWStart = 9;
var EvSTWDone = 10;
var EvGCSweepStart = 11;
var EvGCSweepDone = 12;
var EvGoCreate = 13;
var EvGoStart = 14;
var EvGoEnd = 15;
var EvGoStop = 16;
var EvGoSched = 17;
var EvGoPreempt = 18;
var EvGoSleep = 19;
var EvGoBlock = 20;
var EvGoUnblock = 21;
var EvGoBlockSend = 22;
var EvGoBlockRecv = 23;
var EvGoBlockSelect = 24;
var EvGoBlockSync = 25;
var EvGoBlockCond = 26;
var EvGoBlockNet = 27;
var EvGoSysCall = 28;
var EvGoSysExit = 29;
var EvGoSysBlock = 30;
var EvGoWaiting = 31;
var EvGoInSyscall = 32;
var EvHeapAlloc = 33;
var EvHeapGoal = 34;
var EvTimerGoroutine = 35;
var EvString = 37;
var EvGoStartLocal = 38;
var EvGoUnblockLocal = 39;
var EvGoSysExitLocal = 40;
var EvGoStartLabel = 41;
var EvGoBlockGC = 42;
var EvGCMarkAssistStart = 43;
var EvGCMarkAssistDone = 44;
var EvUserTaskCreate = 45;
var EvUserTaskEnd = 46;
var EvUserRegion = 47;
var EvUserLog = 48;
var EvCPUSample = 49;

// src/formats/gotrace/legacy/spec-legacy.ts
var legacyEvents = [
  { type: 1, name: "Batch", args: ["p", "ticks"], stack: false, since: 5 },
  // no timestamp delta
  { type: 2, name: "Frequency", args: ["freq"], stack: false, since: 5 },
  // no timestamp delta
  { type: 3, name: "Stack", args: ["id", "siz"], stack: false, since: 5 },
  // then siz × {pc, func, file, line}
  { type: 4, name: "Gomaxprocs", args: ["procs"], stack: true, since: 5 },
  { type: 5, name: "ProcStart", args: ["thread"], stack: false, since: 5 },
  { type: 6, name: "ProcStop", args: [], stack: false, since: 5 },
  { type: 7, name: "GCStart", args: ["seq"], stack: true, since: 5 },
  { type: 8, name: "GCDone", args: [], stack: false, since: 5 },
  { type: 9, name: "STWStart", args: ["kindid"], stack: false, since: 5 },
  { type: 10, name: "STWDone", args: [], stack: false, since: 5 },
  { type: 11, name: "GCSweepStart", args: [], stack: true, since: 5 },
  { type: 12, name: "GCSweepDone", args: ["swept", "reclaimed"], stack: false, since: 5 },
  { type: 13, name: "GoCreate", args: ["g", "stack"], stack: true, since: 5 },
  { type: 14, name: "GoStart", args: ["g", "seq"], stack: false, since: 5 },
  { type: 15, name: "GoEnd", args: [], stack: false, since: 5 },
  { type: 16, name: "GoStop", args: [], stack: true, since: 5 },
  // blocked forever
  { type: 17, name: "GoSched", args: [], stack: true, since: 5 },
  { type: 18, name: "GoPreempt", args: [], stack: true, since: 5 },
  { type: 19, name: "GoSleep", args: [], stack: true, since: 5 },
  { type: 20, name: "GoBlock", args: [], stack: true, since: 5 },
  { type: 21, name: "GoUnblock", args: ["g", "seq"], stack: true, since: 5 },
  { type: 22, name: "GoBlockSend", args: [], stack: true, since: 5 },
  { type: 23, name: "GoBlockRecv", args: [], stack: true, since: 5 },
  { type: 24, name: "GoBlockSelect", args: [], stack: true, since: 5 },
  { type: 25, name: "GoBlockSync", args: [], stack: true, since: 5 },
  { type: 26, name: "GoBlockCond", args: [], stack: true, since: 5 },
  { type: 27, name: "GoBlockNet", args: [], stack: true, since: 5 },
  { type: 28, name: "GoSysCall", args: [], stack: true, since: 5 },
  { type: 29, name: "GoSysExit", args: ["g", "seq", "ts"], stack: false, since: 5 },
  // ts: real exit time
  { type: 30, name: "GoSysBlock", args: [], stack: false, since: 5 },
  { type: 31, name: "GoWaiting", args: ["g"], stack: false, since: 5 },
  // blocked at trace start
  { type: 32, name: "GoInSyscall", args: ["g"], stack: false, since: 5 },
  // in a syscall at trace start
  { type: 33, name: "HeapAlloc", args: ["mem"], stack: false, since: 5 },
  { type: 34, name: "HeapGoal", args: ["mem"], stack: false, since: 5 },
  { type: 35, name: "TimerGoroutine", args: ["g"], stack: false, since: 5 },
  // no timestamp delta
  { type: 36, name: "FutileWakeup", args: [], stack: false, since: 5 },
  { type: 37, name: "String", args: [], stack: false, since: 7 },
  // id, len, bytes
  { type: 38, name: "GoStartLocal", args: ["g"], stack: false, since: 7 },
  { type: 39, name: "GoUnblockLocal", args: ["g"], stack: true, since: 7 },
  { type: 40, name: "GoSysExitLocal", args: ["g", "ts"], stack: false, since: 7 },
  { type: 41, name: "GoStartLabel", args: ["g", "seq", "labelid"], stack: false, since: 8 },
  { type: 42, name: "GoBlockGC", args: [], stack: true, since: 8 },
  { type: 43, name: "GCMarkAssistStart", args: [], stack: true, since: 9 },
  { type: 44, name: "GCMarkAssistDone", args: [], stack: false, since: 9 },
  { type: 45, name: "UserTaskCreate", args: ["taskid", "pid", "typeid"], stack: true, since: 11 },
  { type: 46, name: "UserTaskEnd", args: ["taskid"], stack: true, since: 11 },
  { type: 47, name: "UserRegion", args: ["taskid", "mode", "typeid"], stack: true, since: 11 },
  { type: 48, name: "UserLog", args: ["id", "keyid"], stack: true, since: 11 },
  // then a value string
  { type: 49, name: "CPUSample", args: ["ts", "p", "g"], stack: true, since: 19 }
];
var L = Object.fromEntries(legacyEvents.map((s) => [s.name, s.type]));
var byType = [];
for (const spec of legacyEvents) byType[spec.type] = spec;
function legacySpec(type) {
  return byType[type];
}
function legacyArgNum(spec) {
  const n = spec.args.length + (spec.stack ? 1 : 0);
  return spec.type === L.Batch || spec.type === L.Frequency || spec.type === L.TimerGoroutine ? n : n + 1;
}
function legacyTables(minor) {
  const argNum = new Int8Array(64).fill(-1);
  const hasStack = new Uint8Array(64);
  for (const spec of legacyEvents) {
    if (spec.since > minor) continue;
    argNum[spec.type] = legacyArgNum(spec);
    hasStack[spec.type] = spec.stack ? 1 : 0;
  }
  return { argNum, hasStack };
}

// src/formats/gotrace/legacy/convert.ts
var stwNames = [
  "",
  "GC mark termination",
  "GC sweep termination",
  "write heap dump",
  "goroutine profile",
  "goroutine profile cleanup",
  "all goroutine stack trace",
  "read mem stats",
  "AllThreadsSyscall",
  "GOMAXPROCS",
  "start trace",
  "stop trace",
  "CountPagesInUse (test)",
  "ReadMetricsSlow (test)",
  "ReadMemStatsSlow (test)",
  "PageCachePagesLeaked (test)",
  "ResetDebugLog (test)"
];
var blockLike = /* @__PURE__ */ new Map([
  [EvGoStop, [v2Type.GoBlock, "forever"]],
  [EvGoSched, [v2Type.GoStop, "runtime.Gosched"]],
  [EvGoPreempt, [v2Type.GoStop, "preempted"]],
  [EvGoSleep, [v2Type.GoBlock, "sleep"]],
  [EvGoBlock, [v2Type.GoBlock, ""]],
  [EvGoBlockSend, [v2Type.GoBlock, "chan send"]],
  [EvGoBlockRecv, [v2Type.GoBlock, "chan receive"]],
  [EvGoBlockSelect, [v2Type.GoBlock, "select"]],
  [EvGoBlockSync, [v2Type.GoBlock, "sync"]],
  [EvGoBlockCond, [v2Type.GoBlock, "sync.(*Cond).Wait"]],
  [EvGoBlockNet, [v2Type.GoBlock, "network"]],
  [EvGoBlockGC, [v2Type.GoBlock, "GC mark assist wait for work"]]
]);
var direct = /* @__PURE__ */ new Map([
  [EvGCStart, v2Type.GCBegin],
  [EvGCDone, v2Type.GCEnd],
  [EvGCSweepStart, v2Type.GCSweepBegin],
  [EvGCSweepDone, v2Type.GCSweepEnd],
  [EvGoCreate, v2Type.GoCreate],
  [EvGoEnd, v2Type.GoDestroy],
  [EvGoUnblock, v2Type.GoUnblock],
  [EvGoSysExit, v2Type.GoSyscallEndBlocked],
  [EvHeapAlloc, v2Type.HeapAlloc],
  [EvHeapGoal, v2Type.HeapGoal],
  [EvGCMarkAssistStart, v2Type.GCMarkAssistBegin],
  [EvGCMarkAssistDone, v2Type.GCMarkAssistEnd],
  [EvUserTaskCreate, v2Type.UserTaskBegin],
  [EvUserTaskEnd, v2Type.UserTaskEnd],
  [EvUserLog, v2Type.UserLog],
  [EvGomaxprocs, v2Type.ProcsChange],
  [EvGoStart, v2Type.GoStart]
]);
var hasThird = new Uint8Array(64);
for (const spec of legacyEvents) if (spec.args.length >= 3 || spec.type === EvUserLog) hasThird[spec.type] = 1;
var LegacyConverter = class {
  constructor(t, sink) {
    this.t = t;
    this.sink = sink;
    for (const [id, s] of t.strings) this.strings.set(id, s);
    let next = t.inlineStrings.length + 1;
    let maxId = 0;
    for (const id of t.strings.keys()) maxId = Math.max(maxId, id);
    next += maxId;
    for (const s of [...blockLike.values()].map((v) => v[1]).concat(stwNames)) {
      if (this.reasonIds.has(s)) continue;
      this.reasonIds.set(s, next);
      this.strings.set(next++, s);
    }
    for (const [legacy, [typ, reason]] of blockLike) {
      this.blockTypeOf[legacy] = typ;
      this.blockReasonOf[legacy] = this.reasonIds.get(reason) ?? 0;
    }
    for (const [legacy, typ] of direct) this.directOf[legacy] = typ;
  }
  t;
  sink;
  lastTs = -1;
  preInit = true;
  createdPreInit = /* @__PURE__ */ new Set();
  strings = /* @__PURE__ */ new Map();
  reasonIds = /* @__PURE__ */ new Map();
  out = reusableEvent(this.strings);
  opened = false;
  /** Per legacy type: the v2 type of a block-like event and its reason's string id, or a 1:1 type. */
  blockTypeOf = new Int16Array(64).fill(-1);
  blockReasonOf = new Float64Array(64);
  directOf = new Int16Array(64).fill(-1);
  /** Scratch argument lists, refilled per event (the summarizer keeps no reference to them). */
  args1 = [0];
  args2 = [0, 0];
  args4 = [0, 0, 0, 0];
  args = [];
  /**
   * Converts the whole ordered sequence, with Go's opening and closing Sync events. Times are
   * nanoseconds since the first event (`Math.trunc((ticks − first) · nsPerTick)`), worked out
   * per event rather than held in a second column of the whole trace.
   */
  run(ev, order, nsPerTick) {
    const ts = ev.ts;
    const minTs = order.length > 0 ? ts[order[0]] : 0;
    const blocked = syscallBlocked(ev, order);
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      this.convert(ev, i, Math.trunc((ts[i] - minTs) * nsPerTick), blocked[k] === 1);
    }
    this.close();
  }
  /**
   * One event of the final order, `time` in ns since the first; `syscallBlocks`: a GoSysCall whose
   * goroutine's next event is GoSysBlock. The first call opens with Go's Sync event.
   */
  convert(ev, i, time, syscallBlocks) {
    if (!this.opened) {
      this.opened = true;
      this.emit(syncType, -1, -1, -1, [], false);
    }
    const type = ev.type[i];
    const g = ev.g[i] === 0 ? -1 : ev.g[i];
    const p = ev.p[i];
    const a0 = ev.a0[i];
    switch (type) {
      case EvGomaxprocs:
        if (!this.preInit) break;
        this.preInit = false;
        for (const id of this.createdPreInit) this.emit(v2Type.GoStatus, time, -1, -1, [id, 2 ** 64, 1]);
        this.createdPreInit.clear();
        return;
      case EvGoCreate:
        if (!this.preInit) break;
        this.createdPreInit.add(a0);
        return;
      case EvGoStart:
        if (!this.preInit) break;
        this.createdPreInit.delete(a0);
        return this.emit(v2Type.GoStatus, time, g, p, [a0, 2 ** 64, 2]);
      case EvGoWaiting:
      case EvGoInSyscall:
        this.createdPreInit.delete(a0);
        return this.emit(v2Type.GoStatus, time, g, p, [a0, 2 ** 64, type === EvGoWaiting ? 4 : 3]);
      case EvGoStartLabel:
        this.emit(v2Type.GoStart, time, g, p, [a0, ev.a1[i]]);
        return this.emit(v2Type.GoLabel, time, g, p, [ev.a2(i)]);
      case EvGoSysCall:
        this.emit(v2Type.GoSyscallBegin, time, g, p, [0, ev.stk[i]]);
        if (!syscallBlocks) this.emit(v2Type.GoSyscallEnd, time + 1, g, p, []);
        return;
    }
    const typ = this.mapSimple(ev, type, i);
    if (typ >= 0) this.emit(typ, time, g, p, this.args);
  }
  /** Go's closing Sync event, after the last event. */
  close() {
    this.emit(syncType, this.lastTs + 1, -1, -1, [], false);
  }
  /** The v2 type of a one-to-one event, its arguments left in a scratch list; -1: no event. */
  mapSimple(ev, type, i) {
    const stk = ev.stk[i];
    const block = this.blockTypeOf[type];
    if (block >= 0) return this.fill2(block, this.blockReasonOf[type], stk);
    if (type === EvProcStart || type === EvProcStop) return this.fill2(v2Type.ProcStatus, ev.p[i], 0);
    if (type === EvSTWStart) {
      this.args1[0] = this.reasonIds.get(stwNames[this.stwReason(ev.a0[i])]);
      this.args = this.args1;
      return v2Type.STWBegin;
    }
    if (type === EvSTWDone || type === EvUserRegion || type === EvCPUSample) return this.mapRare(ev, type, i);
    const typ = this.directOf[type];
    if (typ < 0) return -1;
    const a = this.args4;
    a[0] = ev.a0[i];
    a[1] = ev.a1[i];
    a[2] = hasThird[type] ? ev.a2(i) : 0;
    a[3] = stk;
    this.args = a;
    return typ;
  }
  mapRare(ev, type, i) {
    if (type === EvSTWDone) {
      this.args = [];
      return v2Type.STWEnd;
    }
    if (type === EvCPUSample) {
      this.args = [ev.stk[i]];
      return 7;
    }
    const mode = ev.a1[i];
    this.args = mode === 0 || mode === 1 ? [ev.a0[i], ev.a2(i), ev.stk[i]] : [];
    return mode === 0 ? v2Type.UserRegionBegin : mode === 1 ? v2Type.UserRegionEnd : 0;
  }
  fill2(typ, a0, a1) {
    const a = this.args2;
    a[0] = a0;
    a[1] = a1;
    this.args = a;
    return typ;
  }
  /** Legacy STW kind number → reason index (numbering changed in 1.21). */
  stwReason(kind) {
    if (this.t.minor < 21) return kind === 0 || kind === 1 ? kind + 1 : 0;
    return kind < stwNames.length ? kind : 0;
  }
  /** Hands one converted event to the sink, with Go's +1 ns monotonic fix-up. */
  emit(typ, time, g, p, args, bump = true) {
    if (bump) {
      if (time <= this.lastTs) time = this.lastTs + 1;
      this.lastTs = time;
    }
    const e = this.out;
    e.typ = typ;
    e.time = time;
    e.g = g;
    e.p = p;
    e.args = args;
    e.fromState = GoState.undetermined;
    this.sink.event(e);
    if (typ === 7) this.sink.cpuSample(time, this.frames(args[0]));
  }
  frames(stk) {
    return (this.t.stacks.get(stk) ?? []).map((pc) => {
      const f = this.t.pcs.get(pc);
      return {
        pc,
        func: this.t.strings.get(f?.fn ?? 0) ?? "",
        file: this.t.strings.get(f?.file ?? 0) ?? "",
        line: f?.line ?? 0
      };
    });
  }
};
function syscallBlocked(ev, order) {
  const blocked = new Uint8Array(order.length);
  const pending = /* @__PURE__ */ new Map();
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (pending.size > 0) {
      const at2 = pending.get(ev.g[i]);
      if (at2 !== void 0) {
        blocked[at2] = ev.type[i] === EvGoSysBlock ? 1 : 0;
        pending.delete(ev.g[i]);
      }
    }
    if (ev.type[i] === EvGoSysCall) pending.set(ev.g[i], k);
  }
  return blocked;
}

// src/formats/gotrace/cursor.ts
var none = 2 ** 64;
function idOf(value) {
  return value >= 2 ** 63 ? -1 : value;
}
var Cursor = class {
  /** `base` is the absolute file offset of `buf[0]`, for error positions. */
  constructor(buf, pos = 0, base = 0) {
    this.buf = buf;
    this.base = base;
    this.pos = pos;
  }
  buf;
  base;
  pos;
  get remaining() {
    return this.buf.length - this.pos;
  }
  byte() {
    if (this.pos >= this.buf.length) throw this.error("gotrace.truncated", "unexpected end of data");
    return this.buf[this.pos++];
  }
  uvarint() {
    const buf = this.buf;
    let b = buf[this.pos];
    if (b !== void 0 && b < 128) {
      this.pos++;
      return b;
    }
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      b = buf[this.pos + i];
      if (b === void 0) throw this.error("gotrace.bad-varint", "varint runs past the end of its batch");
      value += (b & 127) * scale;
      if (b < 128) {
        this.pos += i + 1;
        return value;
      }
      scale *= 128;
    }
    throw this.error("gotrace.bad-varint", "varint longer than 10 bytes");
  }
  /** The next `n` bytes as a view (no copy). */
  bytes(n) {
    if (n > this.remaining) throw this.error("gotrace.truncated", `wanted ${n} bytes, ${this.remaining} left`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  error(code, detail) {
    return new FormatError("go-trace", code, detail, { offset: this.base + this.pos });
  }
};
var decoder = new TextDecoder("utf-8", { fatal: false });
function utf8(bytes) {
  return decoder.decode(bytes);
}

// src/formats/gotrace/legacy/event-table.ts
var EventTable = class {
  n = 0;
  type;
  p;
  /** Read only: write through `setG`. */
  g;
  ts;
  a0;
  a1;
  /** Read only: write through `setStack`. */
  stk;
  a2s = /* @__PURE__ */ new Map();
  /** `expected`: a guess of the event count (a legacy event takes 2–3 bytes on the wire); it grows. */
  constructor(expected = 1024) {
    const n = Math.max(16, Math.ceil(expected));
    this.type = new Uint8Array(n);
    this.p = new Int32Array(n);
    this.g = new Int32Array(n);
    this.ts = new Float64Array(n);
    this.a0 = new Float64Array(n);
    this.a1 = new Float64Array(n);
    this.stk = new Int32Array(n);
  }
  /** A new event; its arguments and stack start at 0. */
  push(type, p, g, ts) {
    if (this.n === this.type.length) this.grow();
    const i = this.n++;
    this.type[i] = type;
    this.p[i] = p;
    this.setG(i, g);
    this.ts[i] = ts;
    return i;
  }
  setG(i, g) {
    if (g !== (g | 0) && this.g instanceof Int32Array) this.g = Float64Array.from(this.g);
    this.g[i] = g;
  }
  setStack(i, stack2) {
    if (stack2 !== (stack2 | 0) && this.stk instanceof Int32Array) this.stk = Float64Array.from(this.stk);
    this.stk[i] = stack2;
  }
  /** Sets argument k (0..2) of event i. */
  setArg(i, k, v) {
    if (k === 0) this.a0[i] = v;
    else if (k === 1) this.a1[i] = v;
    else if (v !== 0) this.a2s.set(i, v);
    else this.a2s.delete(i);
  }
  /** Empties the table for reuse (one P's batch after another); the columns keep their size. */
  clear() {
    this.n = 0;
    this.a2s.clear();
  }
  /** Argument 2 of event i (0 when unset). */
  a2(i) {
    return this.a2s.size === 0 ? 0 : this.a2s.get(i) ?? 0;
  }
  grow() {
    const size = Math.ceil(this.type.length * 1.5);
    const widen = (old, make) => {
      const next = make(size);
      next.set(old);
      return next;
    };
    const id = (old) => old instanceof Int32Array ? widen(old, (n) => new Int32Array(n)) : widen(old, (n) => new Float64Array(n));
    this.type = widen(this.type, (n) => new Uint8Array(n));
    this.p = widen(this.p, (n) => new Int32Array(n));
    this.g = id(this.g);
    this.ts = widen(this.ts, (n) => new Float64Array(n));
    this.a0 = widen(this.a0, (n) => new Float64Array(n));
    this.a1 = widen(this.a1, (n) => new Float64Array(n));
    this.stk = id(this.stk);
  }
};

// src/formats/gotrace/legacy/parse-tables.ts
function readString2(c, t, keep) {
  const id = c.uvarint();
  const len = c.uvarint();
  if (id === 0 || len === 0 || len > 1e6) throw c.error("gotrace.bad-table", "bad string record");
  if (!keep) return void c.bytes(len);
  if (t.strings.has(id)) throw c.error("gotrace.bad-table", `string id ${id} defined twice`);
  t.strings.set(id, utf8(c.bytes(len)));
}
function readStr(c) {
  const len = c.uvarint();
  if (len > 1e6) throw c.error("gotrace.bad-event", "string too long");
  return utf8(c.bytes(len));
}
function addStack(c, t, args) {
  const id = args[0] ?? 0;
  const size = args[1] ?? 0;
  if (args.length < 2 || size > 1e3 || args.length !== 2 + 4 * size)
    throw c.error("gotrace.bad-table", "bad stack record");
  if (id === 0 || size === 0) return;
  const pcs = [];
  for (let i = 0; i < size; i++) {
    const pc = args[2 + i * 4];
    pcs.push(pc);
    if (!t.pcs.has(pc)) t.pcs.set(pc, { fn: args[3 + i * 4], file: args[4 + i * 4], line: args[5 + i * 4] });
  }
  t.stacks.set(id, pcs);
}

// src/formats/gotrace/legacy/parse.ts
function parseLegacy2(bytes, base, minor) {
  const t = newTrace(minor, bytes.length / 4);
  const st2 = newState(minor, "all");
  decodeRecords(new Cursor(bytes, 0, base), t, st2, bytes.length);
  closeRange(t, st2);
  return t;
}
function newTrace(minor, expectedEvents) {
  return {
    minor,
    events: new EventTable(expectedEvents),
    procs: /* @__PURE__ */ new Map(),
    cpuSamples: [],
    strings: /* @__PURE__ */ new Map(),
    inlineStrings: [],
    stacks: /* @__PURE__ */ new Map(),
    pcs: /* @__PURE__ */ new Map(),
    ticksPerSec: 0
  };
}
function newState(minor, mode, batches) {
  return {
    mode,
    batches,
    lastP: 0,
    lastG: 0,
    lastTs: 0,
    lastGs: /* @__PURE__ */ new Map(),
    inlineIds: /* @__PURE__ */ new Map(),
    ranges: void 0,
    args: new Array(64).fill(0),
    nargs: 0,
    ...legacyTables(minor)
  };
}
function decodeRecords(c, t, st2, limit) {
  while (c.pos < limit) if (!(st2.mode === "events" && plainRecord(c, t, st2)) && !decodeOne(c, t, st2)) return false;
  return true;
}
var plainTypes = new Uint8Array(64).fill(1);
for (const typ of [EvBatch, EvFrequency, EvStack, EvString, EvTimerGoroutine, EvCPUSample, EvUserLog])
  plainTypes[typ] = 0;
function plainRecord(c, t, st2) {
  const buf = c.buf;
  const at2 = c.pos;
  const b = buf[at2];
  const typ = b & 63;
  const narg = (b >> 6) + 1;
  if (narg > 3 || st2.argNum[typ] !== narg || !plainTypes[typ] || st2.ranges === void 0) return false;
  const args = st2.args;
  let p = at2 + 1;
  for (let k = 0; k < narg; k++) {
    let value = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      const x = buf[p++];
      if (x === void 0 || i === 10) return false;
      value += (x & 127) * scale;
      if (x < 128) break;
      scale *= 128;
    }
    args[k] = value;
  }
  c.pos = p;
  st2.nargs = narg;
  handle(typ, args, "", t, st2, c.base + at2);
  return true;
}
function decodeOne(c, t, st2) {
  const start = c.pos;
  try {
    readRecord(c, t, st2);
    return true;
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    t.stoppedAt = new FormatError("go-trace", err.code, err.message, { offset: c.base + start });
    return false;
  }
}
function readRecord(c, t, st2) {
  const at2 = c.base + c.pos;
  const b = c.byte();
  const typ = b & 63;
  const narg = (b >> 6) + 1;
  const want = st2.argNum[typ];
  if (want < 0 && typ !== EvString && typ !== EvStack)
    throw c.error("gotrace.bad-event", `unknown legacy event type ${typ}`);
  if (typ === EvString) return readString2(c, t, st2.mode !== "events");
  const args = st2.args;
  let n = 0;
  if (narg <= 3) for (; n < narg; n++) args[n] = c.uvarint();
  else {
    const len = c.uvarint();
    if (len > 2048) throw c.error("gotrace.bad-event", `length-prefixed record of ${len} bytes`);
    const end = c.pos + len;
    if (end > c.buf.length) throw c.error("gotrace.truncated", "record cut off");
    while (c.pos < end) args[n++] = c.uvarint();
    if (c.pos !== end) throw c.error("gotrace.bad-varint", "varint crosses the record length");
  }
  st2.nargs = n;
  const sarg = typ === EvUserLog ? readStr(c) : "";
  if (typ !== EvBatch && st2.ranges === void 0) throw c.error("gotrace.bad-event", "event before the first batch");
  if (typ === EvStack) return st2.mode === "events" ? void 0 : addStack(c, t, args.slice(0, n));
  if (n !== want) throw c.error("gotrace.bad-event", `${legacySpec(typ)?.name ?? typ} has ${n} values`);
  handle(typ, args, sarg, t, st2, at2);
  if (st2.batches && typ !== EvBatch && typ !== EvFrequency && typ !== EvTimerGoroutine && typ !== EvCPUSample)
    st2.batches.event(c.base + c.pos);
}
function closeRange(t, st2) {
  if (st2.ranges) st2.ranges[st2.ranges.length - 1] = t.events.n;
}
function startBatch(t, st2, args, offset) {
  closeRange(t, st2);
  st2.lastGs.set(st2.lastP, st2.lastG);
  st2.lastP = idOf(args[0]);
  st2.lastG = st2.lastGs.get(st2.lastP) ?? 0;
  st2.lastTs = args[1];
  st2.batches?.start(st2.lastP, offset);
  let ranges = t.procs.get(st2.lastP);
  if (!ranges) t.procs.set(st2.lastP, ranges = []);
  ranges.push(t.events.n, t.events.n);
  st2.ranges = ranges;
}
function handle(typ, args, sarg, t, st2, at2) {
  const ev = t.events;
  switch (typ) {
    case EvBatch:
      return startBatch(t, st2, args, at2);
    case EvFrequency:
      t.ticksPerSec = args[0];
      return;
    case EvTimerGoroutine:
      return;
    case EvCPUSample: {
      if (st2.mode === "events") return;
      closeRange(t, st2);
      const i2 = ev.push(typ, idOf(args[2]), args[3], args[1]);
      ev.setStack(i2, args[4]);
      t.cpuSamples.push(i2);
      st2.ranges.push(ev.n, ev.n);
      return;
    }
  }
  if (st2.mode === "index") {
    if (typ === EvUserLog) inlineId(t, st2, sarg);
    if (typ === EvGoSysExit && args[3] !== 0) st2.batches?.syscallExit(args[3]);
    return;
  }
  st2.lastTs += args[0];
  const i = ev.push(typ, st2.lastP, st2.lastG, st2.lastTs);
  const values = st2.nargs - 1;
  for (let k = 1; k <= values; k++) {
    if (k === values && st2.hasStack[typ]) ev.setStack(i, args[k]);
    else ev.setArg(i, k - 1, args[k]);
  }
  goroutineOf(typ, i, ev, st2);
  if (typ === EvUserLog) ev.setArg(i, 2, inlineId(t, st2, sarg));
}
function goroutineOf(typ, i, ev, st2) {
  switch (typ) {
    case EvGoStart:
    case EvGoStartLocal:
    case EvGoStartLabel:
      st2.lastG = ev.a0[i];
      ev.setG(i, st2.lastG);
      return;
    case EvGoEnd:
    case EvGoStop:
    case EvGoSched:
    case EvGoPreempt:
    case EvGoSleep:
    case EvGoBlock:
    case EvGoBlockSend:
    case EvGoBlockRecv:
    case EvGoBlockSelect:
    case EvGoBlockSync:
    case EvGoBlockCond:
    case EvGoBlockNet:
    case EvGoSysBlock:
    case EvGoBlockGC:
      st2.lastG = 0;
      return;
    case EvGoSysExit:
    case EvGoWaiting:
    case EvGoInSyscall:
      ev.setG(i, ev.a0[i]);
  }
}
function inlineId(t, st2, s) {
  let id = st2.inlineIds.get(s);
  if (id === void 0) {
    id = t.inlineStrings.length;
    st2.inlineIds.set(s, id);
    t.inlineStrings.push(s);
  }
  return id;
}

// src/formats/gotrace/legacy/index-pass.ts
var windowBytes = 8 << 20;
var slackBytes = 2 << 20;
async function indexLegacy(stream, minor) {
  const batches = new BatchIndex();
  const trace = newTrace(minor, 1024);
  const st2 = newState(minor, "index", batches);
  const window2 = new Uint8Array(windowBytes);
  let base = stream.offset;
  let filled = 0;
  for (; ; ) {
    filled = await fill(stream, window2, filled);
    const more = filled === window2.length;
    if (filled === 0) break;
    const c = new Cursor(window2.subarray(0, filled), 0, base);
    const ok = skimRecords(c, trace, st2, more ? filled - slackBytes : filled);
    if (!ok || !more) break;
    window2.copyWithin(0, c.pos, filled);
    filled -= c.pos;
    base += c.pos;
  }
  batches.flush();
  const exitTimes = Float64Array.from(batches.exits).sort();
  return { trace, inlineIds: st2.inlineIds, procs: [...batches.byP.values()], exitTimes };
}
var skippable = new Uint8Array(64).fill(1);
for (const typ of [EvBatch, EvFrequency, EvStack, EvString, EvTimerGoroutine, EvCPUSample])
  skippable[typ] = 0;
for (const typ of [EvGoSysExit, EvUserLog]) skippable[typ] = 0;
function skimRecords(c, t, st2, limit) {
  const buf = c.buf;
  const argNum = st2.argNum;
  let pos = c.pos;
  let lastEnd = -1;
  while (pos < limit) {
    const b = buf[pos];
    const typ = b & 63;
    const narg = (b >> 6) + 1;
    if (narg <= 3 && argNum[typ] === narg && skippable[typ] && st2.ranges !== void 0) {
      const end = skipVarints(buf, pos + 1, narg);
      if (end > 0) {
        pos = lastEnd = end;
        continue;
      }
    }
    if (lastEnd >= 0) st2.batches?.event(c.base + lastEnd);
    lastEnd = -1;
    c.pos = pos;
    if (!decodeOne(c, t, st2)) return false;
    pos = c.pos;
  }
  if (lastEnd >= 0) st2.batches?.event(c.base + lastEnd);
  c.pos = pos;
  return true;
}
function skipVarints(buf, pos, n) {
  for (let k = 0; k < n; k++) {
    const stop = Math.min(pos + 10, buf.length);
    while (pos < stop && buf[pos] >= 128) pos++;
    if (pos === stop) return -1;
    pos++;
  }
  return pos;
}
async function fill(stream, window2, filled) {
  while (filled < window2.length && await stream.ensure(1)) {
    const view = stream.view();
    const n = Math.min(view.length, window2.length - filled);
    window2.set(view.subarray(0, n), filled);
    stream.skip(n);
    filled += n;
  }
  return filled;
}
var BatchIndex = class {
  byP = /* @__PURE__ */ new Map();
  exits = [];
  current;
  startOffset = 0;
  endOffset = -1;
  start(p, offset) {
    this.flush();
    let proc = this.byP.get(p);
    if (!proc) this.byP.set(p, proc = { p, starts: [], ends: [] });
    this.current = proc;
    this.startOffset = offset;
    this.endOffset = -1;
  }
  event(end) {
    this.endOffset = end;
  }
  syscallExit(ticks) {
    this.exits.push(ticks);
  }
  /** Records the open batch when it has events. */
  flush() {
    if (this.current && this.endOffset >= 0) {
      this.current.starts.push(this.startOffset);
      this.current.ends.push(this.endOffset);
    }
    this.current = void 0;
  }
};

// src/formats/gotrace/legacy/order-rules.ts
var dead = 0;
var runnable = 1;
var running = 2;
var waiting = 3;
var noseq = -1;
var seqinc = -2;
var unordered = -1;
var garbage = -2;
var tG = 0;
var tInitSeq = 0;
var tInitStatus = 0;
var tNextSeq = 0;
var tNextStatus = 0;
function set(g, initSeq, initStatus, nextSeq, nextStatus) {
  tG = g;
  tInitSeq = initSeq;
  tInitStatus = initStatus;
  tNextSeq = nextSeq;
  tNextStatus = nextStatus;
}
function stateTransition(ev, i) {
  const g = ev.g[i];
  switch (ev.type[i]) {
    case EvGoCreate:
      return set(ev.a0[i], 0, dead, 1, runnable);
    case EvGoWaiting:
    case EvGoInSyscall:
      return set(g, 1, runnable, 2, waiting);
    case EvGoStart:
    case EvGoStartLabel:
      return set(g, ev.a1[i], runnable, ev.a1[i] + 1, running);
    case EvGoStartLocal:
      return set(g, noseq, runnable, seqinc, running);
    case EvGoSched:
    case EvGoPreempt:
      return set(g, noseq, running, noseq, runnable);
    case EvGoUnblock:
    case EvGoSysExit:
      return set(ev.a0[i], ev.a1[i], waiting, ev.a1[i] + 1, runnable);
    case EvGoUnblockLocal:
    case EvGoSysExitLocal:
      return set(ev.a0[i], noseq, waiting, seqinc, runnable);
    case EvGCStart:
      return set(garbage, ev.a0[i], dead, ev.a0[i] + 1, dead);
    case EvGoBlock:
    case EvGoBlockSend:
    case EvGoBlockRecv:
    case EvGoBlockSelect:
    case EvGoBlockSync:
    case EvGoBlockCond:
    case EvGoBlockNet:
    case EvGoSleep:
    case EvGoSysBlock:
    case EvGoBlockGC:
      return set(g, noseq, running, noseq, waiting);
  }
  set(unordered, 0, 0, 0, 0);
}
var GStates = class {
  dense = new Float64Array(1 << 16);
  sparse = /* @__PURE__ */ new Map();
  get(g) {
    const slot = g + 2;
    if (slot < this.dense.length) return this.dense[slot];
    if (slot >= 0 && slot < 1 << 24) return 0;
    return this.sparse.get(g) ?? 0;
  }
  set(g, packed) {
    const slot = g + 2;
    if (slot >= this.dense.length && slot < 1 << 24) {
      const next = new Float64Array(Math.min(1 << 24, Math.max(slot + 1, this.dense.length * 2)));
      next.set(this.dense);
      this.dense = next;
    }
    if (slot < this.dense.length) this.dense[slot] = packed;
    else this.sparse.set(g, packed);
  }
};
function ready(gs) {
  if (tG === unordered) return true;
  const packed = gs.get(tG);
  return (tInitSeq === noseq || tInitSeq === Math.floor(packed / 4)) && tInitStatus === packed % 4;
}
function applyTransition(gs) {
  if (tG === unordered) return;
  const curSeq = Math.floor(gs.get(tG) / 4);
  const seq = tNextSeq === noseq ? curSeq : tNextSeq === seqinc ? curSeq + 1 : tNextSeq;
  gs.set(tG, seq * 4 + tNextStatus);
}
function plainType(typ) {
  if (typ === EvGoStartLocal) return EvGoStart;
  if (typ === EvGoUnblockLocal) return EvGoUnblock;
  if (typ === EvGoSysExitLocal) return EvGoSysExit;
  return typ;
}
var FrontierHeap = class {
  ts = [];
  procs = [];
  push(ts, proc) {
    this.ts.push(ts);
    this.procs.push(proc);
    let j = this.ts.length - 1;
    for (; ; ) {
      const p = j - 1 >> 1;
      if (j === 0 || !(this.ts[j] < this.ts[p])) break;
      this.swap(p, j);
      j = p;
    }
  }
  /** Removes the earliest entry and returns its proc, or -1 when empty. */
  pop() {
    const n = this.ts.length - 1;
    if (n < 0) return -1;
    this.swap(0, n);
    let i = 0;
    for (; ; ) {
      const j1 = 2 * i + 1;
      if (j1 >= n) break;
      let j = j1;
      if (j1 + 1 < n && this.ts[j1 + 1] < this.ts[j1]) j = j1 + 1;
      if (!(this.ts[j] < this.ts[i])) break;
      this.swap(i, j);
      i = j;
    }
    this.ts.pop();
    return this.procs.pop() ?? -1;
  }
  swap(a, b) {
    const t = this.ts[a];
    const p = this.procs[a];
    this.ts[a] = this.ts[b];
    this.procs[a] = this.procs[b];
    this.ts[b] = t;
    this.procs[b] = p;
  }
};

// src/formats/gotrace/legacy/merge-stream.ts
var finishedTable = new EventTable(0);
var ProcCursor = class {
  constructor(table2, batches) {
    this.table = table2;
    this.batches = batches;
    this.n = table2.n;
  }
  table;
  batches;
  pos = 0;
  /** Events in `table` (0: this P is done). */
  n = 0;
  batch = 0;
  /** Decodes this P's next batch that has events; false when there is none (the table goes). */
  async load(decoder2) {
    const b = this.batches;
    this.pos = this.n = 0;
    while (b && this.batch < b.starts.length) {
      const start = b.starts[this.batch];
      const end = b.ends[this.batch++];
      this.table.clear();
      await decoder2.decode(start, end, this.table);
      this.n = this.table.n;
      if (this.n > 0) return true;
    }
    this.table = finishedTable;
    return false;
  }
};
var BatchDecoder = class {
  constructor(ix, readAt, checkBudget) {
    this.ix = ix;
    this.readAt = readAt;
    this.checkBudget = checkBudget;
    this.st = newState(ix.trace.minor, "events");
    this.st.inlineIds = ix.inlineIds;
  }
  ix;
  readAt;
  checkBudget;
  st;
  /** Where the last batch read starts (for a spent time budget's message). */
  lastOffset = 0;
  async decode(start, end, table2) {
    this.lastOffset = start;
    this.checkBudget?.(start);
    const bytes = await this.readAt(start, end - start);
    const t = { ...this.ix.trace, events: table2, procs: /* @__PURE__ */ new Map(), cpuSamples: [] };
    t.stoppedAt = void 0;
    if (bytes.length !== end - start || !decodeRecords(new Cursor(bytes, 0, start), t, this.st, bytes.length))
      throw t.stoppedAt ?? changed(start);
  }
};
function changed(offset) {
  return new FormatError("go-trace", "gotrace.truncated", "the trace changed while it was read", { offset });
}
async function mergeStreamed(ix, readAt, window2, checkBudget) {
  const decoder2 = new BatchDecoder(ix, readAt, checkBudget);
  const procs = [];
  for (const b of ix.procs) {
    const proc = new ProcCursor(new EventTable(16), b);
    await proc.load(decoder2);
    procs.push(proc);
  }
  procs.push(samplesCursor(ix.trace));
  const gs = new GStates();
  const frontier = new FrontierHeap();
  const waiting2 = new Waiting(procs.length);
  for (let k = 0; k < procs.length; k++) if (procs[k].pos < procs[k].n) waiting2.insert(k);
  for (let merged = 1; ; merged++) {
    waiting2.pushReady(procs, gs, frontier);
    const k = frontier.pop();
    if (k < 0) break;
    const proc = procs[k];
    const table2 = proc.table;
    const i = proc.pos;
    stateTransition(table2, i);
    applyTransition(gs);
    table2.type[i] = plainType(table2.type[i]);
    window2.add(table2, i);
    if (++proc.pos < proc.n || await proc.load(decoder2)) waiting2.insert(k);
    if ((merged & 65535) === 0) checkBudget?.(decoder2.lastOffset);
  }
  if (procs.some((p) => p.pos < p.n))
    throw new FormatError("go-trace", "gotrace.broken-order", "no consistent ordering of legacy events possible");
}
var Waiting = class {
  ids;
  n = 0;
  constructor(capacity) {
    this.ids = new Int32Array(capacity);
  }
  /** Pushes the Ps whose next event is ready, in order; the others keep waiting. */
  pushReady(procs, gs, frontier) {
    const ids = this.ids;
    let kept = 0;
    for (let j = 0; j < this.n; j++) {
      const k = ids[j];
      const proc = procs[k];
      stateTransition(proc.table, proc.pos);
      if (ready(gs)) frontier.push(proc.table.ts[proc.pos], k);
      else ids[kept++] = k;
    }
    this.n = kept;
  }
  insert(k) {
    const ids = this.ids;
    let j = this.n++;
    for (; j > 0 && ids[j - 1] > k; j--) ids[j] = ids[j - 1];
    ids[j] = k;
  }
};
function samplesCursor(t) {
  const ev = t.events;
  const order = t.cpuSamples.slice().sort((a, b) => ev.ts[a] - ev.ts[b]);
  const table2 = new EventTable(order.length);
  for (const i of order) {
    const k = table2.push(ev.type[i], ev.p[i], ev.g[i], ev.ts[i]);
    table2.setStack(k, ev.stk[i]);
  }
  return new ProcCursor(table2, void 0);
}

// src/formats/gotrace/legacy/order.ts
var Proc = class {
  constructor(ranges) {
    this.ranges = ranges;
    this.next = -1;
    this.seek();
  }
  ranges;
  r = 0;
  next;
  advance() {
    this.next++;
    if (this.next >= this.ranges[this.r + 1]) {
      this.r += 2;
      this.seek();
    }
  }
  seek() {
    while (this.r < this.ranges.length && this.ranges[this.r] === this.ranges[this.r + 1]) this.r += 2;
    this.next = this.r < this.ranges.length ? this.ranges[this.r] : -1;
  }
};
function orderLegacy(t) {
  const ev = t.events;
  const samples = [...t.cpuSamples].sort((a, b) => ev.ts[a] - ev.ts[b]);
  const procs = [...t.procs.values()].map((r) => new Proc(r));
  procs.push(new Proc(samples.flatMap((i) => [i, i + 1])));
  const gs = new GStates();
  const out = new Int32Array(ev.n);
  let n = 0;
  const frontier = new FrontierHeap();
  const inFrontier = new Uint8Array(procs.length);
  for (; ; ) {
    for (let k2 = 0; k2 < procs.length; k2++) {
      const next = procs[k2].next;
      if (inFrontier[k2] || next < 0) continue;
      stateTransition(ev, next);
      if (!ready(gs)) continue;
      frontier.push(ev.ts[next], k2);
      inFrontier[k2] = 1;
    }
    const k = frontier.pop();
    if (k < 0) break;
    inFrontier[k] = 0;
    const i = procs[k].next;
    procs[k].advance();
    stateTransition(ev, i);
    applyTransition(gs);
    ev.type[i] = plainType(ev.type[i]);
    out[n++] = i;
  }
  if (procs.some((p) => p.next >= 0)) {
    throw new FormatError("go-trace", "gotrace.broken-order", "no consistent ordering of legacy events possible");
  }
  const order = out.subarray(0, n);
  for (let k = 1; k < n; k++) {
    if (ev.ts[order[k]] < ev.ts[order[k - 1]])
      throw new FormatError("go-trace", "gotrace.time-order", "legacy time stamps out of order");
  }
  const moved = applySyscallExitTimes(ev, order);
  return moved.length === 0 ? order : stableResort(ev.ts, order, moved);
}
function stableResort(ts, order, moved) {
  const isMoved = new Uint8Array(order.length);
  for (const k of moved) isMoved[k] = 1;
  const b = moved.slice().sort((x, y) => ts[order[x]] - ts[order[y]] || x - y);
  const out = new Int32Array(order.length);
  let n = 0;
  let j = 0;
  for (let k = 0; k < order.length; k++) {
    if (isMoved[k]) continue;
    const t = ts[order[k]];
    while (j < b.length && (ts[order[b[j]]] < t || ts[order[b[j]]] === t && b[j] < k))
      out[n++] = order[b[j++]];
    out[n++] = order[k];
  }
  while (j < b.length) out[n++] = order[b[j++]];
  return out;
}
function applySyscallExitTimes(ev, order) {
  const lastSysBlock = /* @__PURE__ */ new Map();
  const moved = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const typ = ev.type[i];
    if (typ === EvGoSysBlock || typ === EvGoInSyscall) lastSysBlock.set(ev.g[i], ev.ts[i]);
    else if (typ === EvGoSysExit && ev.a2(i) !== 0) {
      const block = lastSysBlock.get(ev.g[i]);
      if (block === void 0) throw new FormatError("go-trace", "gotrace.broken-order", "stray syscall exit");
      if (ev.a2(i) < block) throw new FormatError("go-trace", "gotrace.time-order", "syscall exit before its block");
      if (ev.ts[i] !== ev.a2(i)) moved.push(k);
      ev.ts[i] = ev.a2(i);
    }
  }
  return moved;
}

// src/formats/gotrace/legacy/slot-store.ts
var SlotStore = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  type = new Uint8Array(0);
  p = new Int32Array(0);
  g = new Float64Array(0);
  ts = new Float64Array(0);
  a0 = new Float64Array(0);
  a1 = new Float64Array(0);
  stk = new Float64Array(0);
  /** Position in the merged sequence (the re-sort's tie-break). */
  pos = new Float64Array(0);
  /** A GoSysCall whose goroutine's next event is GoSysBlock; one still waiting to know. */
  blocked = new Uint8Array(0);
  unresolved = new Uint8Array(0);
  live = 0;
  third = new Float64Array(0);
  freed = [];
  used = 0;
  a2(i) {
    return this.third[i];
  }
  /** Copies event i of `src` into a free slot, with its final time. */
  put(src, i, ts, pos) {
    const slot = this.freed.pop() ?? this.fresh();
    this.type[slot] = src.type[i];
    this.p[slot] = src.p[i];
    this.g[slot] = src.g[i];
    this.ts[slot] = ts;
    this.a0[slot] = src.a0[i];
    this.a1[slot] = src.a1[i];
    this.third[slot] = src.a2(i);
    this.stk[slot] = src.stk[i];
    this.pos[slot] = pos;
    this.blocked[slot] = 0;
    this.unresolved[slot] = 0;
    this.live++;
    return slot;
  }
  free(slot) {
    this.freed.push(slot);
    this.live--;
  }
  fresh() {
    if (this.used === this.type.length) this.grow(Math.min(this.capacity, Math.max(1024, this.used * 2)));
    return this.used++;
  }
  grow(size) {
    const widen = (old, next) => {
      next.set(old);
      return next;
    };
    this.type = widen(this.type, new Uint8Array(size));
    this.p = widen(this.p, new Int32Array(size));
    this.g = widen(this.g, new Float64Array(size));
    this.ts = widen(this.ts, new Float64Array(size));
    this.a0 = widen(this.a0, new Float64Array(size));
    this.a1 = widen(this.a1, new Float64Array(size));
    this.stk = widen(this.stk, new Float64Array(size));
    this.pos = widen(this.pos, new Float64Array(size));
    this.blocked = widen(this.blocked, new Uint8Array(size));
    this.unresolved = widen(this.unresolved, new Uint8Array(size));
    this.third = widen(this.third, new Float64Array(size));
  }
};

// src/formats/gotrace/legacy/reorder-window.ts
var WindowOverflow = class extends Error {
};
var ReorderWindow = class {
  constructor(converter, nsPerTick, exitTimes, capacity) {
    this.converter = converter;
    this.nsPerTick = nsPerTick;
    this.exitTimes = exitTimes;
    this.capacity = capacity;
    this.store = new SlotStore(capacity);
    this.fifo = new SlotRing(capacity);
    this.ahead = new SlotRing(capacity);
  }
  converter;
  nsPerTick;
  exitTimes;
  capacity;
  store;
  /** Events not moved, in merge order (hence time order); moved exits in a heap by (time, position). */
  fifo;
  moved = [];
  /** Events in final order waiting for a syscall's look-ahead. */
  ahead;
  pending = /* @__PURE__ */ new Map();
  lastSysBlock = /* @__PURE__ */ new Map();
  /** Exit times still to come: `exitTimes` from `exitHead` on, less those in `exitsSeen`. */
  exitHead = 0;
  exitsSeen = /* @__PURE__ */ new Map();
  position = 0;
  prevTs = -Infinity;
  maxOutTs = -Infinity;
  minTs = NaN;
  timeError;
  syscallError;
  /** The next event of the merged sequence. */
  add(src, i) {
    const ts = src.ts[i];
    if (ts < this.prevTs && !this.timeError)
      this.timeError = new FormatError("go-trace", "gotrace.time-order", "legacy time stamps out of order");
    this.prevTs = ts;
    if (this.timeError || this.syscallError) return;
    const type = src.type[i];
    const g = src.g[i];
    if (type === EvGoSysBlock || type === EvGoInSyscall) this.lastSysBlock.set(g, ts);
    if (type !== EvGoSysCall && type !== EvGoSysExit && this.idle() && ts <= this.nextExit()) {
      this.position++;
      return this.emit(src, i, ts, false);
    }
    let finalTs = ts;
    const exit = type === EvGoSysExit ? src.a2(i) : 0;
    if (exit !== 0) {
      const block = this.lastSysBlock.get(g);
      if (block === void 0) return this.failSyscall("gotrace.broken-order", "stray syscall exit");
      if (exit < block) return this.failSyscall("gotrace.time-order", "syscall exit before its block");
      this.exitSeen(exit);
      finalTs = exit;
    }
    this.makeRoom();
    const slot = this.store.put(src, i, finalTs, this.position++);
    if (finalTs === ts) this.fifo.push(slot);
    else {
      if (finalTs < this.maxOutTs) throw new WindowOverflow("a syscall exit moves before events already converted");
      this.pushMoved(slot);
    }
    this.release(Math.min(ts, this.nextExit()));
  }
  /** The earliest real time of the syscall exits still to come (Infinity when none). */
  nextExit() {
    return this.exitHead < this.exitTimes.length ? this.exitTimes[this.exitHead] : Infinity;
  }
  exitSeen(ticks) {
    const times = this.exitTimes;
    if (times[this.exitHead] !== ticks) {
      this.exitsSeen.set(ticks, (this.exitsSeen.get(ticks) ?? 0) + 1);
      return;
    }
    this.exitHead++;
    for (; ; ) {
      const next = times[this.exitHead];
      const seen = next === void 0 ? void 0 : this.exitsSeen.get(next);
      if (next === void 0 || seen === void 0) return;
      if (seen > 1) this.exitsSeen.set(next, seen - 1);
      else this.exitsSeen.delete(next);
      this.exitHead++;
    }
  }
  /** After the last event: everything leaves in order, then Go's closing Sync. */
  finish() {
    this.release(Infinity);
    this.pending.clear();
    this.store.unresolved.fill(0);
    this.drainAhead();
    this.converter.close();
  }
  failSyscall(code, message) {
    this.syscallError = new FormatError("go-trace", code, message);
  }
  /** A full window lets its earliest events leave the re-sort; none can leave: WindowOverflow. */
  makeRoom() {
    while (this.store.live >= this.capacity) {
      if (!this.releaseOne()) throw new WindowOverflow("a syscall look-ahead spans the whole window");
    }
  }
  /** Moves every re-sorted event with time ≤ `bound` on to the look-ahead and the converter. */
  release(bound) {
    for (; ; ) {
      const slot = this.peekEarliest();
      if (slot < 0 || this.store.ts[slot] > bound) return;
      this.releaseOne();
    }
  }
  releaseOne() {
    const slot = this.peekEarliest();
    if (slot < 0) return false;
    if (this.moved.length > 0 && slot === this.moved[0]) this.popMoved();
    else this.fifo.shift();
    const ts = this.store.ts[slot];
    if (ts > this.maxOutTs) this.maxOutTs = ts;
    this.lookAhead(slot);
    return true;
  }
  /** The earliest (time, position) of the fifo's head and the heap's top, or -1. */
  peekEarliest() {
    const a = this.fifo.size > 0 ? this.fifo.head() : -1;
    const b = this.moved.length > 0 ? this.moved[0] : -1;
    if (a < 0) return b;
    if (b < 0) return a;
    return this.before(b, a) ? b : a;
  }
  before(a, b) {
    const s = this.store;
    return s.ts[a] < s.ts[b] || s.ts[a] === s.ts[b] && s.pos[a] < s.pos[b];
  }
  /** Resolves a pending GoSysCall of this goroutine (did it block?), then converts what it can. */
  lookAhead(slot) {
    const s = this.store;
    const g = s.g[slot];
    if (this.pending.size > 0) {
      const at2 = this.pending.get(g);
      if (at2 !== void 0) {
        s.blocked[at2] = s.type[slot] === EvGoSysBlock ? 1 : 0;
        s.unresolved[at2] = 0;
        this.pending.delete(g);
      }
    }
    if (s.type[slot] === EvGoSysCall) {
      this.pending.set(g, slot);
      s.unresolved[slot] = 1;
    }
    this.ahead.push(slot);
    this.drainAhead();
  }
  drainAhead() {
    const s = this.store;
    while (this.ahead.size > 0 && s.unresolved[this.ahead.head()] === 0) {
      const slot = this.ahead.shift();
      this.emit(s, slot, s.ts[slot], s.blocked[slot] === 1);
      s.free(slot);
    }
  }
  /** True when no event waits in the re-sort or the look-ahead. */
  idle() {
    return this.fifo.size === 0 && this.moved.length === 0 && this.ahead.size === 0;
  }
  /** Converts one event of the final order. */
  emit(src, i, ts, blocked) {
    if (ts > this.maxOutTs) this.maxOutTs = ts;
    if (Number.isNaN(this.minTs)) this.minTs = ts;
    this.converter.convert(src, i, Math.trunc((ts - this.minTs) * this.nsPerTick), blocked);
  }
  pushMoved(slot) {
    const h = this.moved;
    h.push(slot);
    let j = h.length - 1;
    while (j > 0) {
      const p = j - 1 >> 1;
      if (!this.before(h[j], h[p])) break;
      [h[j], h[p]] = [h[p], h[j]];
      j = p;
    }
  }
  popMoved() {
    const h = this.moved;
    const last = h.pop();
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (; ; ) {
      const l = 2 * i + 1;
      if (l >= h.length) return;
      const c = l + 1 < h.length && this.before(h[l + 1], h[l]) ? l + 1 : l;
      if (!this.before(h[c], h[i])) return;
      [h[c], h[i]] = [h[i], h[c]];
      i = c;
    }
  }
};
var SlotRing = class {
  items;
  start = 0;
  size = 0;
  constructor(capacity) {
    this.items = new Int32Array(capacity);
  }
  push(slot) {
    this.items[(this.start + this.size++) % this.items.length] = slot;
  }
  head() {
    return this.items[this.start];
  }
  shift() {
    const slot = this.items[this.start];
    this.start = (this.start + 1) % this.items.length;
    this.size--;
    return slot;
  }
};

// src/formats/gotrace/legacy/reader.ts
var legacyWindowEvents = 1 << 18;
async function readLegacy(stream, minor, newBuilder, options = {}) {
  const start = stream.offset;
  const random = options.randomAccess;
  if (!random) return readWhole(await readAll(stream), start, minor, newBuilder());
  const ix = await indexLegacy(stream, minor);
  while (await stream.ensure(1)) stream.skip(stream.available);
  const trace = ix.trace;
  checkFrequency(trace, stream.offset);
  const builder = newBuilder();
  const window2 = new ReorderWindow(
    new LegacyConverter(trace, builder),
    1e9 / trace.ticksPerSec,
    ix.exitTimes,
    options.windowEvents ?? legacyWindowEvents
  );
  try {
    await mergeStreamed(ix, (offset, length) => random.readAt(offset, length), window2, options.checkBudget);
  } catch (err) {
    if (!(err instanceof WindowOverflow)) throw err;
    options.onWholeBody?.(err.message);
    const body = await random.readAt(start, random.sizeBytes - start);
    return readWhole(body, start, minor, newBuilder());
  }
  const failed = window2.timeError ?? window2.syscallError;
  if (failed) throw failed;
  window2.finish();
  return done(builder, trace, start);
}
function readWhole(body, start, minor, builder) {
  const trace = parseLegacy2(body, start, minor);
  checkFrequency(trace, start + body.length);
  new LegacyConverter(trace, builder).run(trace.events, orderLegacy(trace), 1e9 / trace.ticksPerSec);
  return done(builder, trace, start);
}
function done(builder, trace, start) {
  builder.s.generations = 1;
  const stop = trace.stoppedAt ? { offset: trace.stoppedAt.offset ?? start, error: trace.stoppedAt } : void 0;
  return { builder, stop };
}
function checkFrequency(trace, end) {
  if (trace.ticksPerSec > 0) return;
  const detail = trace.stoppedAt ? `cut off before its frequency footer (${trace.stoppedAt.message})` : "no frequency record";
  throw new FormatError("go-trace", "gotrace.truncated", `legacy trace ${detail}`, {
    offset: trace.stoppedAt?.offset ?? end
  });
}
async function readAll(stream) {
  const parts = [];
  let total = 0;
  while (await stream.ensure(1)) {
    const view = stream.view();
    parts.push(view);
    total += view.length;
    stream.skip(view.length);
  }
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

// src/formats/gotrace/frontier.ts
var BatchCursor = class {
  constructor(m, batches) {
    this.m = m;
    this.batches = batches;
  }
  m;
  batches;
  idx = 0;
  dataOff = 0;
  lastTs = 0;
  ev = { typ: 0, time: 0, args: [0, 0, 0, 0, 0] };
  pos = { pos: 0 };
  /** The ordering's state of this thread, cached by OrderV2.advance. */
  ms = void 0;
  /** Decodes the next event of this thread; false when its batches are exhausted. */
  next(nsPerUnit, argCounts2) {
    while (this.idx < this.batches.length && this.batches[this.idx].data.length === this.dataOff) {
      this.idx++;
      this.dataOff = 0;
      this.lastTs = 0;
    }
    if (this.idx === this.batches.length) return false;
    const batch = this.batches[this.idx];
    if (this.lastTs === 0) this.lastTs = Math.trunc(batch.time * nsPerUnit);
    const data = batch.data;
    let pos = this.dataOff;
    const typ = data[pos++];
    const nargs = argCounts2[typ];
    if (nargs < 0) {
      throw new FormatError("go-trace", "gotrace.bad-event", `unknown event type ${typ} for this trace version`, {
        offset: batch.offset + this.dataOff
      });
    }
    const ev = this.ev;
    ev.typ = typ;
    const r = this.pos;
    r.pos = pos;
    const dt = uvarintAt(data, r, batch.offset);
    for (let i = 0; i < nargs; i++) {
      const b = data[r.pos];
      if (b !== void 0 && b < 128) {
        ev.args[i] = b;
        r.pos++;
      } else ev.args[i] = uvarintAt(data, r, batch.offset);
    }
    ev.time = Math.trunc(dt * nsPerUnit) + this.lastTs;
    this.lastTs = ev.time;
    this.dataOff = r.pos;
    return true;
  }
};
function uvarintAt(data, r, base) {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const b = data[r.pos++];
    if (b === void 0) break;
    value += (b & 127) * scale;
    if (b < 128) return value;
    scale *= 128;
  }
  throw new FormatError("go-trace", "gotrace.bad-varint", "bad varint inside an event batch", { offset: base + r.pos });
}
function heapInsert(heap, bc) {
  heap.push(bc);
  siftUp(heap, heap.length - 1);
}
function heapUpdate(heap, i) {
  if (siftUp(heap, i) !== i) return;
  siftDown(heap, i);
}
function heapRemove(heap, i) {
  while (i > 0) {
    swap(heap, i - 1 >> 1, i);
    i = i - 1 >> 1;
  }
  swap(heap, 0, heap.length - 1);
  heap.pop();
  siftDown(heap, 0);
}
function swap(heap, a, b) {
  const t = heap[a];
  heap[a] = heap[b];
  heap[b] = t;
}
function siftUp(heap, i) {
  while (i > 0 && heap[i - 1 >> 1].ev.time > heap[i].ev.time) {
    swap(heap, i - 1 >> 1, i);
    i = i - 1 >> 1;
  }
  return i;
}
function siftDown(heap, i) {
  for (; ; ) {
    let m = i;
    let minT = i < heap.length ? heap[i].ev.time : Infinity;
    const l = 2 * i + 1;
    if (l < heap.length && heap[l].ev.time < minT) {
      minT = heap[l].ev.time;
      m = l;
    }
    if (l + 1 < heap.length && heap[l + 1].ev.time < minT) m = l + 1;
    if (m === i) return;
    swap(heap, i, m);
    i = m;
  }
}

// src/formats/gotrace/frontier-parked.ts
var ParkedCursors = class {
  buckets = /* @__PURE__ */ new Map();
  /** Parked cursors by their event's time, earliest first; entries of woken cursors are stale. */
  byTime = [];
  stampOf = /* @__PURE__ */ new Map();
  nextStamp = 1;
  get size() {
    return this.stampOf.size;
  }
  park(bc, keys) {
    const entry = { bc, stamp: this.nextStamp++, time: bc.ev.time };
    this.stampOf.set(bc, entry.stamp);
    for (const key of keys) {
      const list = this.buckets.get(key);
      if (list) list.push(entry);
      else this.buckets.set(key, [entry]);
    }
    pushByTime(this.byTime, entry);
  }
  /** Unparks every cursor waiting under `key` into `woken`. */
  wake(key, woken) {
    const list = this.buckets.get(key);
    if (!list) return;
    this.buckets.delete(key);
    for (const entry of list) {
      if (this.stampOf.get(entry.bc) !== entry.stamp) continue;
      this.stampOf.delete(entry.bc);
      woken.push(entry.bc);
    }
  }
  /** The earliest event time among parked cursors, or Infinity. */
  earliest() {
    const heap = this.byTime;
    while (heap.length > 0) {
      const top = heap[0];
      if (this.stampOf.get(top.bc) === top.stamp) return top.time;
      popByTime(heap);
    }
    return Infinity;
  }
};
function pushByTime(heap, entry) {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const up = i - 1 >> 1;
    if (heap[up].time <= entry.time) break;
    heap[i] = heap[up];
    i = up;
  }
  heap[i] = entry;
}
function popByTime(heap) {
  const last = heap.pop();
  if (!last || heap.length === 0) return;
  let i = 0;
  for (; ; ) {
    const l = 2 * i + 1;
    if (l >= heap.length) break;
    const c = l + 1 < heap.length && heap[l + 1].time < heap[l].time ? l + 1 : l;
    if (heap[c].time >= last.time) break;
    heap[i] = heap[c];
    i = c;
  }
  heap[i] = last;
}

// src/formats/gotrace/generation.ts
var fail5 = (code, detail, offset) => new FormatError("go-trace", code, detail, { offset });
async function readBatch(stream) {
  if (!await stream.ensure(1)) return void 0;
  await stream.ensure(48);
  const start = stream.offset;
  const c = new Cursor(stream.view(), 0, start);
  const typ = c.byte();
  const blank = { gen: 0, m: -1, time: 0, data: new Uint8Array(0), exp: 0, offset: start };
  if (typ === v2Structural.endOfGeneration) {
    stream.skip(1);
    return { ...blank, endOfGeneration: true };
  }
  if (typ !== v2Structural.eventBatch && typ !== v2Structural.experimentalBatch) {
    throw fail5("gotrace.bad-batch", `expected a batch header, found byte 0x${typ.toString(16)}`, start);
  }
  const exp = typ === v2Structural.experimentalBatch ? c.byte() : 0;
  const gen = c.uvarint();
  const m = idOf(c.uvarint());
  const time = c.uvarint();
  const size = c.uvarint();
  if (size > maxBatchSize) throw fail5("gotrace.bad-batch", `batch size ${size} exceeds ${maxBatchSize}`, start);
  const headerLen = c.pos;
  if (!await stream.ensure(headerLen + size)) {
    throw fail5("gotrace.truncated", `batch of ${size} bytes cut off after ${stream.available - headerLen}`, start);
  }
  const data = stream.view().subarray(headerLen, headerLen + size);
  stream.skip(headerLen + size);
  return { gen, m, time, data, exp, offset: start + headerLen, endOfGeneration: false };
}
function emptyGeneration(gen) {
  return {
    gen,
    minTs: 0,
    nsPerUnit: 0,
    strings: /* @__PURE__ */ new Map(),
    stacks: /* @__PURE__ */ new Map(),
    frames: /* @__PURE__ */ new Map(),
    cpuSamples: [],
    batches: /* @__PURE__ */ new Map(),
    clockSnapshots: 0
  };
}
function addBatch(g, b, minor) {
  if (g.minTs === 0 || b.time < g.minTs) g.minTs = b.time;
  if (b.exp !== 0 || b.data.length === 0) {
    if (b.exp === 0) pushBatch(g, b);
    return;
  }
  const first = b.data[0];
  const c = new Cursor(b.data, 1, b.offset);
  if (first === v2Structural.strings) readStrings(g, c);
  else if (first === v2Structural.stacks) readStacks(g, c);
  else if (first === v2Structural.cpuSamples) readCpuSamples(g, c);
  else if (first === v2Structural.frequency && minor < 25) readSync(g, new Cursor(b.data, 0, b.offset), b.time);
  else if (first === v2Structural.sync && minor >= 25) readSync(g, c, b.time);
  else pushBatch(g, b);
}
function pushBatch(g, b) {
  const list = g.batches.get(b.m);
  if (list) list.push(b);
  else g.batches.set(b.m, [b]);
}
function readStrings(g, c) {
  while (c.remaining > 0) {
    if (c.byte() !== v2Structural.string) throw c.error("gotrace.bad-table", "expected a string record");
    const id = c.uvarint();
    const len = c.uvarint();
    if (len > maxStringSize) throw c.error("gotrace.bad-table", `string of ${len} bytes exceeds ${maxStringSize}`);
    const text = utf8(c.bytes(len));
    if (g.strings.has(id)) throw c.error("gotrace.bad-table", `string id ${id} defined twice`);
    g.strings.set(id, text);
  }
}
function readStacks(g, c) {
  while (c.remaining > 0) {
    if (c.byte() !== v2Structural.stack) throw c.error("gotrace.bad-table", "expected a stack record");
    const id = c.uvarint();
    const n = c.uvarint();
    if (n > maxFramesPerStack) throw c.error("gotrace.bad-table", `stack of ${n} frames exceeds ${maxFramesPerStack}`);
    const pcs = [];
    for (let i = 0; i < n; i++) {
      const pc = c.uvarint();
      const funcId = c.uvarint();
      const fileId = c.uvarint();
      const line = c.uvarint();
      pcs.push(pc);
      if (!g.frames.has(pc)) g.frames.set(pc, { pc, funcId, fileId, line });
    }
    if (g.stacks.has(id)) throw c.error("gotrace.bad-table", `stack id ${id} defined twice`);
    g.stacks.set(id, pcs);
  }
}
function readCpuSamples(g, c) {
  while (c.remaining > 0) {
    if (c.byte() !== v2Structural.cpuSample) throw c.error("gotrace.bad-table", "expected a CPU sample record");
    const time = c.uvarint();
    const m = idOf(c.uvarint());
    const p = idOf(c.uvarint());
    const graw = c.uvarint();
    const stack2 = c.uvarint();
    g.cpuSamples.push({ time, m, p, g: graw === 0 ? -1 : idOf(graw), stack: stack2 });
  }
}
function readSync(g, c, batchTime) {
  while (c.remaining > 0) {
    const ev = c.byte();
    if (ev === v2Structural.frequency) {
      if (g.nsPerUnit !== 0) throw c.error("gotrace.bad-clock", "two frequency events in one generation");
      const freq = c.uvarint();
      g.nsPerUnit = 1 / (freq / 1e9);
    } else if (ev === v2Structural.clockSnapshot) {
      if (g.clockSnapshots++ > 0) throw c.error("gotrace.bad-clock", "two clock snapshots in one generation");
      c.uvarint();
      c.uvarint();
      c.uvarint();
      c.uvarint();
      void batchTime;
    } else {
      throw c.error("gotrace.bad-clock", `unexpected event ${ev} in a sync batch`);
    }
  }
}
function finishGeneration(g, minor, offset) {
  if (g.nsPerUnit === 0 || !Number.isFinite(g.nsPerUnit)) {
    throw fail5("gotrace.bad-clock", `generation ${g.gen} has no frequency`, offset);
  }
  if (minor >= 25 && g.clockSnapshots === 0) {
    throw fail5("gotrace.bad-clock", `generation ${g.gen} has no clock snapshot`, offset);
  }
  for (const s of g.cpuSamples) s.time = Math.trunc(s.time * g.nsPerUnit);
  g.cpuSamples.sort((a, b) => a.time - b.time);
}

// src/formats/gotrace/paged-map.ts
var pageBits = 8;
var pageSize = 1 << pageBits;
var pagedLimit = 2 ** 26;
var PagedMap = class {
  table = [];
  pageCount = 0;
  empty = [];
  far = /* @__PURE__ */ new Map();
  count = 0;
  get size() {
    return this.count;
  }
  /** Pages allocated, emptied ones that are kept included. */
  get pages() {
    return this.pageCount;
  }
  get(id) {
    if (id >= 0 && id < pagedLimit) {
      const v = this.table[id >>> pageBits]?.slots[id & pageSize - 1];
      if (v !== void 0 || this.far.size === 0) return v;
    }
    return this.far.get(id);
  }
  has(id) {
    return this.get(id) !== void 0;
  }
  set(id, value) {
    const paged = id >= 0 && id < pagedLimit;
    let page = paged ? this.table[id >>> pageBits] : void 0;
    const at2 = id & pageSize - 1;
    if (page?.slots[at2] !== void 0) {
      page.slots[at2] = value;
      return this;
    }
    if (this.far.size > 0 && this.far.has(id)) {
      this.far.set(id, value);
      return this;
    }
    this.count++;
    if (paged && !page && this.pageCount < 64 + this.count / 8) page = this.addPage(id >>> pageBits);
    if (!page) {
      this.far.set(id, value);
      return this;
    }
    page.slots[at2] = value;
    page.used++;
    return this;
  }
  delete(id) {
    const page = id >= 0 && id < pagedLimit ? this.table[id >>> pageBits] : void 0;
    const at2 = id & pageSize - 1;
    if (page?.slots[at2] !== void 0) {
      page.slots[at2] = void 0;
      this.count--;
      if (--page.used === 0 && !page.queued) this.emptied(page, id >>> pageBits);
      return true;
    }
    if (!this.far.delete(id)) return false;
    this.count--;
    return true;
  }
  /** Every entry, paged ids in increasing order, then the others in insertion order. */
  forEach(fn) {
    for (let key = 0; key < this.table.length; key++) {
      const slots = this.table[key]?.slots;
      if (!slots) continue;
      for (let at2 = 0; at2 < pageSize; at2++) {
        const v = slots[at2];
        if (v !== void 0) fn(v, key * pageSize + at2);
      }
    }
    for (const [id, v] of this.far) fn(v, id);
  }
  /**
   * An emptied page stays for a while: a goroutine that ends before the next one starts would
   * otherwise free and re-create its page each time. The oldest of more than 32 empty pages go.
   */
  emptied(page, key) {
    page.queued = true;
    this.empty.push(key);
    if (this.empty.length <= 32) return;
    const old = this.empty.shift() ?? -1;
    const oldPage = this.table[old];
    if (!oldPage) return;
    oldPage.queued = false;
    if (oldPage.used !== 0) return;
    this.table[old] = void 0;
    this.pageCount--;
  }
  addPage(key) {
    const page = { slots: new Array(pageSize).fill(void 0), used: 0, queued: false };
    while (this.table.length <= key) this.table.push(void 0);
    this.table[key] = page;
    this.pageCount++;
    return page;
  }
};

// src/formats/gotrace/order-v2-state.ts
var P = { running: 1, idle: 2, syscall: 3, abandoned: 4 };
var G = { runnable: 1, running: 2, syscall: 3, waiting: 4 };
var no = -1;
function succeeds(gen, n, s) {
  return s.gen === gen && n === s.n + 1;
}
function advanceTo(s, gen, n) {
  s.gen = gen;
  s.n = n;
}
function broken(detail) {
  return new FormatError("go-trace", "gotrace.broken-order", detail);
}
function violates(has, want) {
  return want !== void 0 && has !== want;
}
function need(cur, m, p, g, what) {
  if (violates(cur.m !== no, m) || violates(cur.p !== no, p) || violates(cur.g !== no, g)) {
    throw broken(`${what}: unexpected scheduling context (m=${cur.m} p=${cur.p} g=${cur.g})`);
  }
}
function userGo(cur, what) {
  need(cur, true, true, true, what);
}

// src/formats/gotrace/order-v2-ranges.ts
function annotation(o, ev, _gen, cur) {
  userGo(cur, "annotation");
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function heapMetric(o, ev, _gen, cur) {
  need(cur, true, true, void 0, "heap metric");
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function gcActive(o, ev, gen, cur) {
  const seq = ev.args[0];
  if (gen === o.initialGen) {
    if (o.gcState !== "undetermined") throw broken("GCActive in the first generation is not the first GC event");
    o.gcSeq = seq;
    o.gcState = "running";
    o.emit(ev.typ, cur, ev.time, ev.args);
    return cur;
  }
  if (seq !== o.gcSeq + 1) return void 0;
  if (o.gcState !== "running") throw broken("GCActive while no GC is running");
  o.gcSeq = seq;
  userGo(cur, "GCActive");
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function gcBegin(o, ev, _gen, cur) {
  const seq = ev.args[0];
  if (o.gcState === "undetermined") {
    o.gcSeq = seq;
    o.gcState = "running";
    o.emit(ev.typ, cur, ev.time, ev.args);
    return cur;
  }
  if (seq !== o.gcSeq + 1) return void 0;
  if (o.gcState === "running") throw broken("GCBegin while a GC is running");
  o.gcSeq = seq;
  o.gcState = "running";
  userGo(cur, "GCBegin");
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function gcEnd(o, ev, _gen, cur) {
  const seq = ev.args[0];
  if (seq !== o.gcSeq + 1) return void 0;
  if (o.gcState !== "running") throw broken("GCEnd while no GC is known to run");
  o.gcSeq = seq;
  o.gcState = "idle";
  userGo(cur, "GCEnd");
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function sweepBegin(o, ev, _gen, cur) {
  need(cur, true, true, void 0, "GCSweepBegin");
  const ps = o.procState(cur.p, "GCSweepBegin");
  if (ps.sweeping) throw broken("GCSweepBegin while already sweeping");
  ps.sweeping = true;
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function sweepActive(o, ev, gen, cur) {
  const ps = o.procState(ev.args[0], "GCSweepActive");
  if (gen === o.initialGen) {
    if (ps.sweeping) throw broken("GCSweepActive twice in the first generation");
    ps.sweeping = true;
  } else if (!ps.sweeping) throw broken("GCSweepActive for a proc that is not sweeping");
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function sweepEnd(o, ev, _gen, cur) {
  need(cur, true, true, void 0, "GCSweepEnd");
  const ps = o.procState(cur.p, "GCSweepEnd");
  if (!ps.sweeping) throw broken("GCSweepEnd without GCSweepBegin");
  ps.sweeping = false;
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function rangeStart(typ) {
  return typ === v2Type.STWEnd || typ === v2Type.STWBegin ? v2Type.STWBegin : v2Type.GCMarkAssistBegin;
}
function findRange(ranges, typ, desc) {
  if (!ranges) return -1;
  for (let i = 0; i < ranges.length; i++) {
    if (ranges[i].typ === typ && (desc === void 0 || ranges[i].desc === desc)) return i;
  }
  return -1;
}
function goRangeBegin(o, ev, _gen, cur) {
  userGo(cur, "range begin");
  const desc = ev.typ === v2Type.STWBegin ? ev.args[0] : 0;
  const gs = o.goState(cur.g, "range begin");
  const typ = rangeStart(ev.typ);
  if (findRange(gs.ranges, typ, desc) >= 0) throw broken("range begun twice");
  (gs.ranges ??= []).push({ typ, desc });
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function goRangeActive(o, ev, gen, cur) {
  const gs = o.goState(ev.args[0], "GCMarkAssistActive");
  const typ = v2Type.GCMarkAssistBegin;
  const has = findRange(gs.ranges, typ) >= 0;
  if (gen === o.initialGen) {
    if (has) throw broken("mark assist active twice in the first generation");
    (gs.ranges ??= []).push({ typ, desc: 0 });
  } else if (!has) throw broken("GCMarkAssistActive for a goroutine not assisting");
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function goRangeEnd(o, ev, _gen, cur) {
  userGo(cur, "range end");
  const gs = o.goState(cur.g, "range end");
  const typ = rangeStart(ev.typ);
  const idx = findRange(gs.ranges, typ);
  if (idx < 0) throw broken("range end without its begin");
  const ranges = gs.ranges ?? [];
  const desc = ranges[idx].desc;
  ranges[idx] = ranges[ranges.length - 1];
  ranges.pop();
  o.emit(ev.typ, cur, ev.time, ev.typ === v2Type.STWEnd ? [desc] : ev.args);
  return cur;
}
function taskBegin(o, ev, _gen, cur) {
  const id = ev.args[0];
  const name = o.strings().get(ev.args[2]);
  if (name === void 0 && ev.args[2] !== 0) throw broken(`task ${id} names unknown string ${ev.args[2]}`);
  o.tasks.set(id, name ?? "");
  userGo(cur, "UserTaskBegin");
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function taskEnd(o, ev, _gen, cur) {
  const id = ev.args[0];
  const name = o.tasks.get(id) ?? "";
  o.tasks.delete(id);
  userGo(cur, "UserTaskEnd");
  o.emit(ev.typ, cur, ev.time, ev.args, void 0, name);
  return cur;
}
function region(o, ev, _gen, cur) {
  userGo(cur, "user region");
  o.goState(cur.g, "user region");
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function allocFree(o, ev, _gen, cur) {
  need(cur, true, void 0, void 0, "experimental event");
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
var experimental = ["Span", "SpanAlloc", "SpanFree", "HeapObject", "HeapObjectAlloc", "HeapObjectFree"];
var handlersTail = [
  ["ProcsChange", annotation],
  ["GoLabel", annotation],
  ["UserLog", annotation],
  ["HeapAlloc", heapMetric],
  ["HeapGoal", heapMetric],
  ["GCActive", gcActive],
  ["GCBegin", gcBegin],
  ["GCEnd", gcEnd],
  ["GCSweepActive", sweepActive],
  ["GCSweepBegin", sweepBegin],
  ["GCSweepEnd", sweepEnd],
  ["STWBegin", goRangeBegin],
  ["STWEnd", goRangeEnd],
  ["GCMarkAssistActive", goRangeActive],
  ["GCMarkAssistBegin", goRangeBegin],
  ["GCMarkAssistEnd", goRangeEnd],
  ["UserTaskBegin", taskBegin],
  ["UserTaskEnd", taskEnd],
  ["UserRegionBegin", region],
  ["UserRegionEnd", region],
  ...[...experimental, "GoroutineStack", "GoroutineStackAlloc", "GoroutineStackFree"].map((name) => [
    name,
    allocFree
  ])
];

// src/formats/gotrace/order-v2-sched.ts
function procStatus(o, ev, gen, cur) {
  const pid = ev.args[0];
  const status = ev.args[1];
  const s = o.pStates.get(pid);
  if (s) {
    const promoted = status === P.abandoned && (s.status === P.syscall || s.status === P.abandoned);
    if (!promoted && s.status !== status) throw broken(`inconsistent status for proc ${pid}`);
    advanceTo(s, gen, 0);
  } else {
    o.pStates.set(pid, { status, gen, n: 0, sweeping: false });
  }
  o.emit(ev.typ, cur, ev.time, ev.args);
  if (status === P.running || status === P.syscall) cur.p = pid;
  return cur;
}
function procStart(o, ev, gen, cur) {
  const pid = ev.args[0];
  const n = ev.args[1];
  const s = o.pStates.get(pid);
  if (!s || s.status !== P.idle || !succeeds(gen, n, s) || cur.p !== no) return void 0;
  need(cur, true, false, void 0, "ProcStart");
  s.status = P.running;
  advanceTo(s, gen, n);
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.p = pid;
  return cur;
}
function procStop(o, ev, _gen, cur) {
  const s = o.procState(cur.p, "ProcStop");
  if (s.status !== P.running && s.status !== P.syscall) throw broken("ProcStop for a proc that is not running");
  need(cur, true, true, void 0, "ProcStop");
  s.status = P.idle;
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.p = no;
  return cur;
}
function procSteal(o, ev, gen, cur) {
  const pid = ev.args[0];
  const n = ev.args[1];
  const s = o.pStates.get(pid);
  if (!s || s.status !== P.syscall && s.status !== P.abandoned || !succeeds(gen, n, s)) return void 0;
  need(cur, true, void 0, void 0, "ProcSteal");
  const old = s.status;
  s.status = P.idle;
  advanceTo(s, gen, n);
  o.emit(ev.typ, cur, ev.time, ev.args);
  if (old === P.abandoned) return cur;
  const mid = ev.args[2];
  if (mid === cur.m) {
    cur.p = no;
    return cur;
  }
  const victim = o.mStates.get(mid);
  if (victim) victim.p = no;
  return cur;
}
function goStatus(o, ev, gen, cur) {
  const gid = ev.args[0];
  const mid = ev.args[1] >= 2 ** 63 ? no : ev.args[1];
  const status = ev.args[2];
  let from = wireGoStatus[status] ?? GoState.undetermined;
  const s = o.gStates.get(gid);
  if (s) {
    if (s.status !== status) throw broken(`inconsistent status for goroutine ${gid}`);
    advanceTo(s, gen, 0);
  } else if (gen === o.initialGen) {
    o.gStates.set(gid, { status, gen, n: 0, ranges: void 0 });
    from = GoState.undetermined;
  } else {
    throw broken(`status for new goroutine ${gid} after the first generation`);
  }
  let evCtx = cur;
  let newG = cur.g;
  if (status === G.running) newG = gid;
  else if (status === G.syscall) {
    if (mid === cur.m) newG = gid;
    else {
      const ms = o.mStates.get(mid);
      evCtx = { g: ms ? ms.g : cur.g, p: cur.p, m: mid };
      if (!ms) o.mStates.set(mid, { g: gid, p: no });
    }
  }
  o.emit(ev.typ, evCtx, ev.time, ev.args, from);
  cur.g = newG;
  return cur;
}
function goCreate(o, ev, gen, cur) {
  need(cur, true, true, void 0, "GoCreate");
  const id = ev.args[0];
  if (o.gStates.has(id)) throw broken(`goroutine ${id} created twice`);
  const status = ev.typ === v2Type.GoCreateBlocked ? G.waiting : G.runnable;
  o.gStates.set(id, { status, gen, n: 0, ranges: void 0 });
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function goStopExec(o, ev, _gen, cur) {
  userGo(cur, "goroutine stop");
  const s = o.goState(cur.g, "goroutine stop");
  if (s.status !== G.running) throw broken("stop of a goroutine that is not running");
  if (ev.typ === v2Type.GoDestroy) o.gStates.delete(cur.g);
  else s.status = ev.typ === v2Type.GoStop ? G.runnable : G.waiting;
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.g = no;
  return cur;
}
function goStart(o, ev, gen, cur) {
  const gid = ev.args[0];
  const n = ev.args[1];
  const s = o.gStates.get(gid);
  if (!s || s.status !== G.runnable || !succeeds(gen, n, s)) return void 0;
  need(cur, true, true, false, "GoStart");
  s.status = G.running;
  advanceTo(s, gen, n);
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.g = gid;
  return cur;
}
function goUnblock(o, ev, gen, cur) {
  const gid = ev.args[0];
  const n = ev.args[1];
  const s = o.gStates.get(gid);
  if (!s || s.status !== G.waiting || !succeeds(gen, n, s)) return void 0;
  s.status = G.runnable;
  advanceTo(s, gen, n);
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function goSwitch(o, ev, gen, cur) {
  userGo(cur, "GoSwitch");
  const self2 = o.goState(cur.g, "GoSwitch");
  if (self2.status !== G.running) throw broken("GoSwitch from a goroutine that is not running");
  const nextId = ev.args[0];
  const n = ev.args[1];
  const next = o.gStates.get(nextId);
  if (!next || next.status !== G.waiting || !succeeds(gen, n, next)) return void 0;
  o.emit(ev.typ, cur, ev.time, ev.args);
  if (ev.typ === v2Type.GoSwitch) {
    self2.status = G.waiting;
    o.emit(v2Type.GoBlock, cur, ev.time, [0, 0]);
  } else {
    o.gStates.delete(cur.g);
    o.emit(v2Type.GoDestroy, cur, ev.time, []);
  }
  next.status = G.running;
  advanceTo(next, gen, n);
  o.emit(v2Type.GoStart, { ...cur, g: no }, ev.time, [nextId, ev.args[1]]);
  cur.g = nextId;
  return cur;
}
function syscallBegin(o, ev, gen, cur) {
  userGo(cur, "GoSyscallBegin");
  const s = o.goState(cur.g, "GoSyscallBegin");
  if (s.status !== G.running) throw broken("syscall from a goroutine that is not running");
  s.status = G.syscall;
  const ps = o.procState(cur.p, "GoSyscallBegin");
  ps.status = P.syscall;
  const n = ev.args[0];
  if (!succeeds(gen, n, ps)) throw broken("GoSyscallBegin out of proc sequence");
  advanceTo(ps, gen, n);
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function syscallEnd(o, ev, _gen, cur) {
  userGo(cur, "GoSyscallEnd");
  const s = o.goState(cur.g, "GoSyscallEnd");
  if (s.status !== G.syscall) throw broken("GoSyscallEnd for a goroutine not in a syscall");
  s.status = G.running;
  const ps = o.procState(cur.p, "GoSyscallEnd");
  if (ps.status !== P.syscall) throw broken("GoSyscallEnd on a proc not in a syscall");
  ps.status = P.running;
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}
function syscallEndBlocked(o, ev, _gen, cur) {
  if (cur.p !== no && o.procState(cur.p, "GoSyscallEndBlocked").status === P.syscall) return void 0;
  need(cur, true, void 0, true, "GoSyscallEndBlocked");
  const s = o.goState(cur.g, "GoSyscallEndBlocked");
  if (s.status !== G.syscall) throw broken("GoSyscallEndBlocked for a goroutine not in a syscall");
  s.status = G.runnable;
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.g = no;
  return cur;
}
function createSyscall(o, ev, gen, cur) {
  need(cur, true, void 0, false, "GoCreateSyscall");
  const id = ev.args[0];
  if (o.gStates.has(id)) throw broken(`goroutine ${id} created twice`);
  o.gStates.set(id, { status: G.syscall, gen, n: 0, ranges: void 0 });
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.g = id;
  return cur;
}
function destroySyscall(o, ev, _gen, cur) {
  need(cur, true, void 0, true, "GoDestroySyscall");
  const s = o.goState(cur.g, "GoDestroySyscall");
  if (s.status !== G.syscall) throw broken("GoDestroySyscall for a goroutine not in a syscall");
  o.gStates.delete(cur.g);
  const hadP = cur.p !== no;
  if (hadP) {
    o.procState(cur.p, "GoDestroySyscall").status = P.abandoned;
    o.emit(v2Type.ProcSteal, cur, ev.time, [cur.p, 0, 0]);
  }
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.g = no;
  if (hadP) cur.p = no;
  return cur;
}

// src/formats/gotrace/order-v2.ts
var OrderV2 = class {
  constructor(emit, strings) {
    this.emit = emit;
    this.strings = strings;
  }
  emit;
  strings;
  gStates = new PagedMap();
  pStates = /* @__PURE__ */ new Map();
  mStates = /* @__PURE__ */ new Map();
  tasks = /* @__PURE__ */ new Map();
  gcSeq = 0;
  gcState = "undetermined";
  initialGen = 0;
  scratch = { g: no, p: no, m: no };
  /** Emits `ev` (from thread m) when the ordering allows it; false means "try another thread". */
  advance(ev, m, gen, cache) {
    if (this.initialGen === 0) this.initialGen = gen;
    let ms = m === no ? void 0 : cache?.ms ?? this.mStates.get(m);
    if (m !== no && !ms) {
      ms = { g: no, p: no };
      this.mStates.set(m, ms);
    }
    if (cache && ms) cache.ms = ms;
    const cur = this.scratch;
    cur.g = ms ? ms.g : no;
    cur.p = ms ? ms.p : no;
    cur.m = m;
    const handler = handlers[ev.typ];
    if (!handler) throw broken(`no ordering rule for event type ${ev.typ}`);
    const next = handler(this, ev, gen, cur);
    if (next === void 0) return false;
    if (ms) {
      ms.p = next.p;
      ms.g = next.g;
    }
    return true;
  }
  goState(id, what) {
    const s = this.gStates.get(id);
    if (!s) throw broken(`${what} for unknown goroutine ${id}`);
    return s;
  }
  procState(id, what) {
    const s = this.pStates.get(id);
    if (!s) throw broken(`${what} for unknown proc ${id}`);
    return s;
  }
};
var handlers = new Array(256);
var table = [
  ["ProcStatus", procStatus],
  ["ProcStart", procStart],
  ["ProcStop", procStop],
  ["ProcSteal", procSteal],
  ["GoStatus", goStatus],
  ["GoStatusStack", goStatus],
  ["GoCreate", goCreate],
  ["GoCreateBlocked", goCreate],
  ["GoCreateSyscall", createSyscall],
  ["GoDestroySyscall", destroySyscall],
  ["GoStart", goStart],
  ["GoDestroy", goStopExec],
  ["GoStop", goStopExec],
  ["GoBlock", goStopExec],
  ["GoUnblock", goUnblock],
  ["GoSwitch", goSwitch],
  ["GoSwitchDestroy", goSwitch],
  ["GoSyscallBegin", syscallBegin],
  ["GoSyscallEnd", syscallEnd],
  ["GoSyscallEndBlocked", syscallEndBlocked]
];
for (const [name, h] of [...table, ...handlersTail]) handlers[v2Type[name]] = h;

// src/formats/gotrace/order-v2-waits.ts
var anyChange = "any";
function types(...names) {
  const out = /* @__PURE__ */ new Set();
  for (const name of names) {
    const t = v2Type[name];
    if (t !== void 0) out.add(t);
  }
  return out;
}
var awaitsProcSeq = types("ProcStart", "ProcSteal");
var awaitsGoSeq = types("GoStart", "GoUnblock");
var awaitsSwitch = types("GoSwitch", "GoSwitchDestroy");
var awaitsProcState = types("GoSyscallEndBlocked");
var gcTypes = types("GCActive", "GCBegin", "GCEnd");
var goroutineArg = types(
  "GoStatus",
  "GoStatusStack",
  "GoCreate",
  "GoCreateBlocked",
  "GoCreateSyscall",
  "GoStart",
  "GoUnblock",
  "GoSwitch",
  "GoSwitchDestroy",
  "GCMarkAssistActive"
);
var procArg = types("ProcStatus", "ProcStart", "ProcSteal", "GCSweepActive");
var goStatusTypes = types("GoStatus", "GoStatusStack");
function waitKeys(ev, m, g, p) {
  const a = ev.args;
  const keys = [`m${m}`];
  if (awaitsProcSeq.has(ev.typ)) keys.push(`p${a[0]}:${(a[1] ?? 0) - 1}`);
  else if (awaitsGoSeq.has(ev.typ)) keys.push(`g${a[0]}:${(a[1] ?? 0) - 1}`);
  else if (awaitsSwitch.has(ev.typ)) keys.push(`g${a[0]}:${(a[1] ?? 0) - 1}`, `g${g}:*`);
  else if (awaitsProcState.has(ev.typ)) keys.push(`p${p}:*`);
  else if (gcTypes.has(ev.typ)) keys.push(`gc${(a[0] ?? 0) - 1}`);
  else keys.push(anyChange);
  return keys;
}
function changedKeys(c, o) {
  const keys = [`m${c.m}`, anyChange];
  const goroutine = (id) => {
    if (id === no) return;
    keys.push(`g${id}:*`);
    const s = o.gStates.get(id);
    if (s) keys.push(`g${id}:${s.n}`);
  };
  const proc = (id) => {
    if (id === no) return;
    keys.push(`p${id}:*`);
    const s = o.pStates.get(id);
    if (s) keys.push(`p${id}:${s.n}`);
  };
  goroutine(c.gBefore);
  goroutine(c.gAfter);
  proc(c.pBefore);
  proc(c.pAfter);
  if (goroutineArg.has(c.typ)) goroutine(c.arg0);
  if (procArg.has(c.typ)) proc(c.arg0);
  if (c.typ === v2Type.ProcSteal) keys.push(`m${c.arg2}`);
  if (goStatusTypes.has(c.typ)) keys.push(`m${c.arg1}`);
  if (gcTypes.has(c.typ)) keys.push(`gc${o.gcSeq}`);
  return keys;
}

// src/formats/gotrace/reader-v2.ts
var exactRetryThreads = 12;
var V2Reader = class {
  constructor(minor, sink, checkBudget = () => {
  }, maxExactThreads = exactRetryThreads) {
    this.minor = minor;
    this.sink = sink;
    this.checkBudget = checkBudget;
    this.maxExactThreads = maxExactThreads;
    this.counts = argCounts(minor);
    this.order = new OrderV2(
      (typ, ctx, time, args, fromState, taskName) => this.emit(typ, ctx, time, args, fromState, taskName),
      () => this.gen.strings
    );
  }
  minor;
  sink;
  checkBudget;
  maxExactThreads;
  lastTs = 0;
  gen = emptyGeneration(0);
  counts;
  order;
  out = reusableEvent(/* @__PURE__ */ new Map());
  progress = { generations: 0 };
  /** Called after each generation is processed (the parallel reader's warm-up ends there). */
  afterGeneration;
  /** Events ordered since the time budget was last checked. */
  sinceCheck = 0;
  /** The ordering state carried from generation to generation (compared at range boundaries). */
  get orderState() {
    return this.order;
  }
  /** The last timestamp emitted: the +1 ns fix-up continues from it. */
  get lastTime() {
    return this.lastTs;
  }
  /** Threads known from earlier generations, idle since: as the sequential reader has them. */
  seedThreads(ids) {
    for (const m of ids) if (!this.order.mStates.has(m)) this.order.mStates.set(m, { g: no, p: no });
  }
  /**
   * Reads generations until the end; a break mid-way is recorded in `progress.stoppedAt`.
   * `finalSync`: false for a run of generations that the file continues after (split-v2.ts).
   */
  async run(stream, finalSync = true) {
    let spill;
    let pendingError;
    for (; ; ) {
      const got = await this.readGeneration(stream, spill);
      spill = got.spill;
      if (got.gen) this.processMaybePartial(got.gen, stream.offset, got.error !== void 0);
      stream.release(spill ? spill.offset : stream.offset);
      if (got.error) {
        pendingError = got.error;
        break;
      }
      if (!got.gen || this.minor < 26 && !spill) break;
    }
    if (finalSync || pendingError) this.emitSync(this.lastTs);
    if (pendingError) this.progress.stoppedAt = { offset: pendingError.offset ?? stream.offset, error: pendingError };
  }
  /** A generation cut off by a truncation is summarised as far as Go's ordering allows. */
  processMaybePartial(g, offset, partial) {
    try {
      this.process(g, offset);
    } catch (err) {
      if (!partial || !(err instanceof FormatError)) throw err;
    }
    this.progress.generations++;
    this.afterGeneration?.();
  }
  async readGeneration(stream, spill) {
    const g = emptyGeneration(spill?.gen ?? 0);
    let count = 0;
    if (spill) {
      addBatch(g, spill, this.minor);
      count++;
    }
    for (; ; ) {
      let b;
      try {
        b = await readBatch(stream);
      } catch (err) {
        if (!(err instanceof FormatError)) throw err;
        return count > 0 ? { gen: this.finish(g, stream), error: err } : { error: err };
      }
      if (!b) {
        if (count === 0) return {};
        if (this.minor >= 26)
          return { gen: this.finish(g, stream), error: truncated(stream.offset, "generation without its end marker") };
        return { gen: this.finish(g, stream) };
      }
      if (b.endOfGeneration) {
        if (this.minor < 26)
          throw new FormatError("go-trace", "gotrace.bad-batch", "end-of-generation byte before Go 1.26", {
            offset: b.offset
          });
        return { gen: this.finish(g, stream) };
      }
      if (b.gen === 0)
        throw new FormatError("go-trace", "gotrace.bad-batch", "generation number 0", { offset: b.offset });
      if (g.gen === 0) g.gen = b.gen;
      if (this.minor < 26 && b.gen === g.gen + 1) return { gen: this.finish(g, stream), spill: b };
      if (b.gen !== g.gen)
        throw new FormatError("go-trace", "gotrace.bad-batch", "generations out of order", { offset: b.offset });
      addBatch(g, b, this.minor);
      count++;
    }
  }
  finish(g, stream) {
    finishGeneration(g, this.minor, stream.offset);
    return g;
  }
  /** Emits the generation's Sync, then every event in Go's merge order. */
  process(g, offset) {
    this.gen = g;
    const frontier = [];
    for (const [m, batches] of g.batches) {
      const bc = new BatchCursor(m, batches);
      if (bc.next(g.nsPerUnit, this.counts)) heapInsert(frontier, bc);
    }
    this.emitSync(Math.trunc(g.minTs * g.nsPerUnit));
    if (g.batches.size > this.maxExactThreads) this.orderParked(frontier, g, offset);
    else this.orderExact(frontier, g, offset);
  }
  orderExact(frontier, g, offset) {
    const samples = g.cpuSamples;
    let s = 0;
    while (frontier.length > 0 || s < samples.length) {
      if (s < samples.length && (frontier.length === 0 || samples[s].time < frontier[0].ev.time)) {
        this.emitSample(samples[s++]);
        continue;
      }
      if (!this.tryAdvance(frontier, 0, g)) this.advanceOther(frontier, g, offset);
      this.countForBudget(offset);
    }
  }
  /** The same order for many threads: `ready` holds the threads not known to be blocked. */
  orderParked(ready2, g, offset) {
    const parked = new ParkedCursors();
    const woken = [];
    const samples = g.cpuSamples;
    let s = 0;
    while (ready2.length > 0 || parked.size > 0 || s < samples.length) {
      const next = Math.min(ready2.length > 0 ? ready2[0].ev.time : Infinity, parked.earliest());
      if (s < samples.length && samples[s].time < next) {
        this.emitSample(samples[s++]);
        continue;
      }
      const bc = ready2[0];
      if (!bc) throw noNextEvent(g, offset);
      const before = bc.ms ?? this.order.mStates.get(bc.m);
      const gBefore = before ? before.g : no;
      const pBefore = before ? before.p : no;
      const { typ, args } = bc.ev;
      const [arg0 = 0, arg1 = 0, arg2 = 0] = args;
      if (!this.tryAdvance(ready2, 0, g)) {
        heapRemove(ready2, 0);
        parked.park(bc, waitKeys(bc.ev, bc.m, gBefore, pBefore));
        continue;
      }
      this.countForBudget(offset);
      if (parked.size === 0) continue;
      const after = bc.ms;
      const [gAfter, pAfter] = after ? [after.g, after.p] : [no, no];
      const change = { typ, arg0, arg1, arg2, m: bc.m, gBefore, pBefore, gAfter, pAfter };
      for (const key of changedKeys(change, this.order)) parked.wake(key, woken);
      for (const w of woken) heapInsert(ready2, w);
      woken.length = 0;
    }
  }
  countForBudget(offset) {
    if (++this.sinceCheck < 1024) return;
    this.sinceCheck = 0;
    this.checkBudget(offset);
  }
  tryAdvance(frontier, i, g) {
    const bc = frontier[i];
    if (!this.order.advance(bc.ev, bc.m, g.gen, bc)) return false;
    if (bc.next(g.nsPerUnit, this.counts)) heapUpdate(frontier, i);
    else heapRemove(frontier, i);
    return true;
  }
  advanceOther(frontier, g, offset) {
    frontier.sort((a, b) => a.ev.time - b.ev.time);
    for (let i = 1; i < frontier.length; i++) if (this.tryAdvance(frontier, i, g)) return;
    throw noNextEvent(g, offset);
  }
  emit(typ, ctx, time, args, fromState = 0, taskName = "") {
    if (time <= this.lastTs) time = this.lastTs + 1;
    this.lastTs = time;
    const out = this.out;
    out.typ = typ;
    out.time = time;
    out.g = ctx.g;
    out.p = ctx.p;
    out.m = ctx.m;
    out.args = args;
    out.fromState = fromState;
    out.strings = this.gen.strings;
    out.taskName = taskName;
    this.sink.event(out);
  }
  emitSync(time) {
    this.emit(syncType, { g: -1, p: -1, m: -1 }, time, []);
  }
  emitSample(s) {
    this.emit(v2Type.CPUSample ?? 7, { g: s.g, p: s.p, m: s.m }, s.time, [s.stack]);
    this.sink.cpuSample(this.lastTs, this.resolveStack(s.stack));
  }
  resolveStack(id) {
    const pcs = this.gen.stacks.get(id) ?? [];
    return pcs.map((pc) => {
      const fr = this.gen.frames.get(pc);
      const str = (sid) => sid === void 0 ? "" : this.gen.strings.get(sid) ?? "";
      return { pc, func: str(fr?.funcId), file: str(fr?.fileId), line: fr?.line ?? 0 };
    });
  }
};
function noNextEvent(g, offset) {
  return new FormatError("go-trace", "gotrace.broken-order", `no event of generation ${g.gen} can come next`, {
    offset
  });
}
function truncated(offset, detail) {
  return new FormatError("go-trace", "gotrace.truncated", detail, { offset });
}

// src/formats/gotrace/latency-histogram.ts
var subBits = 7;
var sub = 1 << subBits;
function bucketOf(ns) {
  if (ns < sub) return ns;
  if (ns < 2 ** 31) {
    const e31 = 31 - Math.clz32(ns);
    return (e31 - subBits + 1) * sub + (ns >>> e31 - subBits) - sub;
  }
  const e = ns < 2 ** 32 ? 31 - Math.clz32(ns) : Math.floor(Math.log2(ns));
  const mantissa = Math.floor(ns / 2 ** (e - subBits)) - sub;
  return (e - subBits + 1) * sub + mantissa;
}
function lowerBound(bucket) {
  if (bucket < sub) return bucket;
  const e = Math.floor(bucket / sub) + subBits - 1;
  return (sub + bucket % sub) * 2 ** (e - subBits);
}
var LatencyHistogram = class {
  buckets = new Float64Array(64 * sub);
  count = 0;
  total = 0;
  max = 0;
  /** Adds another histogram's values, as if each had been added here (totals of integers stay exact). */
  merge(other) {
    for (let b = 0; b < other.buckets.length; b++) if (other.buckets[b] !== 0) this.buckets[b] += other.buckets[b];
    this.count += other.count;
    this.total += other.total;
    if (other.max > this.max) this.max = other.max;
  }
  add(ns) {
    const v = ns > 0 ? Math.floor(ns) : 0;
    const b = bucketOf(v);
    this.buckets[b] = (this.buckets[b] ?? 0) + 1;
    this.count++;
    this.total += ns;
    if (ns > this.max) this.max = ns;
  }
  /** The q-quantile (0..1), nearest-rank, as the lower bound of its bucket (never above max). */
  quantile(q) {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let b = 0; b < this.buckets.length; b++) {
      seen += this.buckets[b];
      if (seen >= rank) return Math.min(this.max, lowerBound(b));
    }
    return this.max;
  }
};

// src/formats/gotrace/duration-sample.ts
var exactLimit = 65536;
var DurationSample = class {
  values = [];
  histogram;
  count = 0;
  total = 0;
  max = 0;
  /**
   * Adds another sample's values: kept exactly while both together stay within `exactLimit`, else
   * all in the histogram, which is what adding them one by one gives (the order does not matter).
   */
  merge(other) {
    this.count += other.count;
    this.total += other.total;
    if (other.max > this.max) this.max = other.max;
    const mine = this.values;
    if (mine && other.values && mine.length + other.values.length <= exactLimit) {
      for (const v of other.values) mine.push(v);
      return;
    }
    this.histogram ??= this.spill();
    if (other.values) for (const v of other.values) this.histogram.add(v);
    if (other.histogram) this.histogram.merge(other.histogram);
  }
  add(ns) {
    this.count++;
    this.total += ns;
    if (ns > this.max) this.max = ns;
    if (this.values && this.values.length < exactLimit) {
      this.values.push(ns);
      return;
    }
    if (!this.histogram) this.histogram = this.spill();
    this.histogram.add(ns);
  }
  /** Moves the exact values into a histogram once there are too many to keep. */
  spill() {
    const h = new LatencyHistogram();
    for (const v of this.values ?? []) h.add(v);
    this.values = void 0;
    return h;
  }
  summary() {
    const [p50Ns, p95Ns] = [this.quantile(0.5), this.quantile(0.95)];
    return { count: this.count, totalNs: this.total, p50Ns, p95Ns, maxNs: this.max };
  }
  quantile(q) {
    if (this.count === 0) return 0;
    if (this.histogram) return this.histogram.quantile(q);
    const sorted = Float64Array.from(this.values ?? []).sort();
    const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
    return sorted[rank - 1] ?? 0;
  }
};

// src/formats/gotrace/annotations.ts
var maxAnnotationTypes = 1e3;
var otherType = "(other types)";
var AnnotationBuilder = class {
  /** `boundary`: see SummaryBuilder; ends of tasks and regions begun earlier are logged there. */
  constructor(boundary) {
    this.boundary = boundary;
  }
  boundary;
  // Read and merged by summary-stitch.ts when generations are read in parallel.
  tasks = /* @__PURE__ */ new Map();
  regions = /* @__PURE__ */ new Map();
  logs = /* @__PURE__ */ new Map();
  openTasks = /* @__PURE__ */ new Map();
  openRegions = /* @__PURE__ */ new Map();
  /** Takes any event; only the five user annotation events count. */
  event(ev) {
    if (ev.typ === v2Type.UserTaskBegin) this.taskBegin(ev);
    else if (ev.typ === v2Type.UserTaskEnd) this.taskEnd(ev);
    else if (ev.typ === v2Type.UserRegionBegin) this.regionBegin(ev);
    else if (ev.typ === v2Type.UserRegionEnd) this.regionEnd(ev);
    else if (ev.typ === v2Type.UserLog) this.log(ev);
  }
  taskBegin(ev) {
    const type = this.taskType(ev.strings.get(ev.args[2] ?? 0) ?? "");
    type.stats.count++;
    this.boundary?.annotationTasks.add(ev.args[0] ?? 0);
    this.openTasks.set(ev.args[0] ?? 0, { type, t: ev.time });
  }
  taskEnd(ev) {
    const id = ev.args[0] ?? 0;
    const open4 = this.openTasks.get(id);
    if (!open4) {
      const b = this.boundary;
      if (b?.firstTouch(b.annotationTasks, id)) b.annotationTaskEnds.push([id, ev.time]);
      return;
    }
    this.openTasks.delete(id);
    open4.type.durations.add(ev.time - open4.t);
  }
  regionBegin(ev) {
    const type = this.regionType(ev.strings.get(ev.args[1] ?? 0) ?? "");
    type.stats.count++;
    type.perGoroutine.set(ev.g, (type.perGoroutine.get(ev.g) ?? 0) + 1);
    const stack2 = this.openRegions.get(ev.g);
    if (stack2) stack2.push({ type, t: ev.time });
    else this.openRegions.set(ev.g, [{ type, t: ev.time }]);
  }
  regionEnd(ev) {
    const open4 = this.openRegions.get(ev.g)?.pop();
    if (open4) open4.type.durations.add(ev.time - open4.t);
    else this.boundary?.regionEnds.push([ev.g, ev.time]);
  }
  log(ev) {
    const category = this.bounded(this.logs, ev.strings.get(ev.args[1] ?? 0) ?? "");
    this.logs.set(category, (this.logs.get(category) ?? 0) + 1);
  }
  /** The type named `name` (or the catch-all type once there are too many), created if new. */
  taskType(name) {
    const key = this.bounded(this.tasks, name);
    let type = this.tasks.get(key);
    if (!type) {
      const durations = new DurationSample();
      type = { stats: { count: 0, neverEnded: 0, durations: durations.summary() }, durations };
      this.tasks.set(key, type);
    }
    return type;
  }
  regionType(name) {
    const key = this.bounded(this.regions, name);
    let type = this.regions.get(key);
    if (!type) {
      const durations = new DurationSample();
      const stats = { count: 0, unended: 0, goroutines: 0, maxPerGoroutine: 0, durations: durations.summary() };
      type = { stats, durations, perGoroutine: /* @__PURE__ */ new Map() };
      this.regions.set(key, type);
    }
    return type;
  }
  /** The name itself while fewer than maxAnnotationTypes are known, else the catch-all type. */
  bounded(known, name) {
    return known.has(name) || known.size < maxAnnotationTypes - 1 ? name : otherType;
  }
  /** Final statistics once the stream has ended; keys sorted so summaries are stable. */
  finish() {
    for (const open4 of this.openTasks.values()) open4.type.stats.neverEnded++;
    for (const stack2 of this.openRegions.values()) for (const open4 of stack2) open4.type.stats.unended++;
    const out = { tasks: {}, regions: {}, logs: {} };
    for (const [name, type] of sortedEntries(this.tasks)) {
      out.tasks[name] = { ...type.stats, durations: type.durations.summary() };
    }
    for (const [name, type] of sortedEntries(this.regions)) {
      let most = 0;
      for (const n of type.perGoroutine.values()) most = Math.max(most, n);
      const durations = type.durations.summary();
      out.regions[name] = { ...type.stats, goroutines: type.perGoroutine.size, maxPerGoroutine: most, durations };
    }
    for (const [name, count] of sortedEntries(this.logs)) out.logs[name] = count;
    return out;
  }
};
function sortedEntries(map) {
  return [...map.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}

// src/formats/gotrace/cpu-profile.ts
var periodNs = 1e7;
var CpuProfileBuilder = class {
  functions = [];
  locations = [];
  funcIndex = /* @__PURE__ */ new Map();
  locIndex = /* @__PURE__ */ new Map();
  samples = /* @__PURE__ */ new Map();
  add(stack2, count = 1) {
    const locs = stack2.map((f) => this.location(f));
    const key = locs.join(",");
    const seen = this.samples.get(key);
    if (seen) {
      seen.values[0] += count;
      seen.values[1] += count * periodNs;
    } else {
      this.samples.set(key, { locations: locs, values: [count, count * periodNs], labels: [] });
    }
  }
  /**
   * The samples so far, stacks in the order first seen: replayed with `add` into another builder
   * they give the locations, functions and samples in the order one builder fed everything gives.
   */
  exportSamples() {
    const frames = this.locations.map((loc) => {
      const line = loc.lines[0];
      const fn = this.functions[line?.functionIndex ?? -1];
      return { pc: Number(loc.address), func: fn?.name ?? "", file: fn?.filename ?? "", line: line?.line ?? 0 };
    });
    const samples = [...this.samples.values()].map((s) => ({ locations: s.locations, count: s.values[0] ?? 0 }));
    return { frames, samples };
  }
  get count() {
    return this.samples.size;
  }
  build(durationNanos) {
    return {
      kind: "trace-cpu",
      sampleTypes: [
        { type: "samples", unit: "count" },
        { type: "cpu", unit: "nanoseconds" }
      ],
      defaultSampleType: "cpu",
      samples: sampleColumnsOf([...this.samples.values()], 2),
      locations: this.locations,
      functions: this.functions,
      mappings: [],
      periodType: { type: "cpu", unit: "nanoseconds" },
      period: periodNs,
      durationNanos,
      timeNanos: 0,
      comments: ["CPU samples recorded in a Go execution trace"],
      dropFrames: "",
      keepFrames: ""
    };
  }
  location(f) {
    const key = `${f.pc}|${f.func}|${f.file}|${f.line}`;
    let idx = this.locIndex.get(key);
    if (idx === void 0) {
      idx = this.locations.length;
      this.locations.push({
        mappingIndex: -1,
        address: BigInt(Math.trunc(f.pc)),
        lines: [{ functionIndex: this.function(f), line: f.line, column: 0 }],
        isFolded: false
      });
      this.locIndex.set(key, idx);
    }
    return idx;
  }
  function(f) {
    const key = `${f.func}|${f.file}`;
    let idx = this.funcIndex.get(key);
    if (idx === void 0) {
      idx = this.functions.length;
      this.functions.push({ name: f.func, systemName: f.func, filename: f.file, startLine: 0 });
      this.funcIndex.set(key, idx);
    }
    return idx;
  }
};

// src/formats/gotrace/summary-builder.ts
var gcStwKinds = /* @__PURE__ */ new Set(["GC mark termination", "GC sweep termination"]);
var S = GoState;
var transitionRows = [
  [v2Type.GoCreate, true, S.notExist, S.runnable],
  [v2Type.GoCreateBlocked, true, S.notExist, S.waiting],
  [v2Type.GoCreateSyscall, true, S.notExist, S.syscall],
  [v2Type.GoStart, true, S.runnable, S.running],
  [v2Type.GoDestroy, false, S.running, S.notExist],
  [v2Type.GoDestroySyscall, false, S.syscall, S.notExist],
  [v2Type.GoStop, false, S.running, S.runnable],
  [v2Type.GoBlock, false, S.running, S.waiting],
  [v2Type.GoUnblock, true, S.waiting, S.runnable],
  [v2Type.GoSwitch, true, S.waiting, S.runnable],
  [v2Type.GoSwitchDestroy, true, S.waiting, S.runnable],
  [v2Type.GoSyscallBegin, false, S.running, S.syscall],
  [v2Type.GoSyscallEnd, false, S.syscall, S.running],
  [v2Type.GoSyscallEndBlocked, false, S.syscall, S.runnable]
];
var moverOf = new Int8Array(256).fill(-1);
var fromOf = new Int8Array(256);
var toOf = new Int8Array(256);
for (const [typ, fromArg, from, to] of transitionRows) {
  moverOf[typ] = fromArg ? 1 : 0;
  fromOf[typ] = from;
  toOf[typ] = to;
}
function kindOf(typ) {
  if (typ === syncType) return "Sync";
  if (typ === 7) return "StackSample";
  return v2Kinds[typ] || "Unknown";
}
var SummaryBuilder = class {
  /**
   * `boundary`: given when the events start at a generation other than the file's first, read on
   * its own thread: what depends on earlier generations is logged there for the stitch.
   */
  constructor(headerVersion, writtenBy, boundary) {
    this.boundary = boundary;
    this.s = emptySummary(headerVersion, writtenBy);
    this.annotations = new AnnotationBuilder(boundary);
  }
  boundary;
  s;
  cpu = new CpuProfileBuilder();
  // The state below is read and merged by summary-stitch.ts when generations are read in parallel.
  first;
  last = 0;
  /** Goroutines alive now, with when their current state began (NaN: unknown) and why. */
  goroutines = new PagedMap();
  kindCounts = new Float64Array(256);
  blocked = /* @__PURE__ */ new Map();
  stw = /* @__PURE__ */ new Map();
  assist = /* @__PURE__ */ new Map();
  tasks = /* @__PURE__ */ new Map();
  latency = new LatencyHistogram();
  annotations;
  sawGc = false;
  /** A ProcsChange was seen (gomaxprocs holds the last one). */
  procsSeen = false;
  event(ev) {
    const s = this.s;
    s.events++;
    this.kindCounts[ev.typ] = (this.kindCounts[ev.typ] ?? 0) + 1;
    if (this.first === void 0) this.first = ev.time;
    this.last = ev.time;
    if (v2Kinds[ev.typ] === "StateTransition") this.transition(ev);
    else this.other(ev);
  }
  cpuSample(_time, stack2) {
    this.s.cpuSamples++;
    this.cpu.add(stack2);
  }
  other(ev) {
    const s = this.s;
    const a = ev.args;
    switch (ev.typ) {
      case v2Type.GCBegin:
        s.gc.cycles++;
        this.sawGc = true;
        break;
      case v2Type.GCActive:
        if (!this.sawGc) s.gc.activeAtStart = true;
        this.sawGc = true;
        break;
      case v2Type.STWBegin:
        s.gc.stwCount++;
        this.boundary?.stw.add(ev.g);
        this.stw.set(ev.g, { t: ev.time, gc: gcStwKinds.has(ev.strings.get(a[0]) ?? "") });
        break;
      case v2Type.STWEnd:
        this.stwEnd(ev);
        break;
      case v2Type.GCMarkAssistBegin:
        this.boundary?.assist.add(ev.g);
        this.assist.set(ev.g, ev.time);
        break;
      case v2Type.GCMarkAssistEnd:
        this.assistEnd(ev);
        break;
      case v2Type.HeapAlloc:
        if (a[0] > s.heapPeakBytes) s.heapPeakBytes = a[0];
        break;
      case v2Type.ProcsChange:
        s.gomaxprocs = a[0];
        this.procsSeen = true;
        break;
      case v2Type.UserTaskBegin:
        this.annotations.event(ev);
        this.taskBegin(ev);
        break;
      case v2Type.UserTaskEnd:
        this.annotations.event(ev);
        this.taskEnd(ev);
        break;
      case v2Type.UserRegionBegin:
        this.annotations.event(ev);
        s.regions++;
        break;
      case v2Type.UserRegionEnd:
        this.annotations.event(ev);
        break;
      case v2Type.UserLog:
        this.annotations.event(ev);
        s.logs++;
        break;
    }
  }
  stwEnd(ev) {
    const open4 = this.stw.get(ev.g);
    if (!open4) {
      if (this.boundary?.firstTouch(this.boundary.stw, ev.g)) this.boundary.stwEnds.push([ev.g, ev.time]);
      return;
    }
    this.stw.delete(ev.g);
    this.bookStw(ev.time - open4.t, open4.gc);
  }
  /** A stop-the-world of `d` ns ended (`isGc`: a GC's). */
  bookStw(d, isGc) {
    const gc = this.s.gc;
    gc.stwTotalNs += d;
    gc.stwMaxNs = Math.max(gc.stwMaxNs, d);
    if (isGc) {
      gc.gcStwCount++;
      gc.gcStwTotalNs += d;
      gc.gcStwMaxNs = Math.max(gc.gcStwMaxNs, d);
    }
  }
  assistEnd(ev) {
    const t0 = this.assist.get(ev.g);
    if (t0 === void 0) {
      if (this.boundary?.firstTouch(this.boundary.assist, ev.g)) this.boundary.assistEnds.push([ev.g, ev.time]);
      return;
    }
    this.assist.delete(ev.g);
    this.s.gc.markAssistNs += ev.time - t0;
  }
  taskBegin(ev) {
    const name = ev.strings.get(ev.args[2]) ?? "";
    this.s.tasks.count++;
    const type = this.s.tasks.byType[name] ??= { count: 0, durationNs: 0 };
    type.count++;
    this.boundary?.tasks.add(ev.args[0]);
    this.tasks.set(ev.args[0], { t: ev.time, name });
  }
  taskEnd(ev) {
    const open4 = this.tasks.get(ev.args[0]);
    if (!open4) {
      if (this.boundary?.firstTouch(this.boundary.tasks, ev.args[0]))
        this.boundary.taskEnds.push([ev.args[0], ev.time]);
      return;
    }
    this.tasks.delete(ev.args[0]);
    this.s.tasks.byType[open4.name].durationNs += ev.time - open4.t;
  }
  transition(ev) {
    if (ev.typ === v2Type.GoStatus || ev.typ === v2Type.GoStatusStack) {
      this.goroutine(ev.args[0], ev.fromState, wireGoStatus[ev.args[2]] ?? S.undetermined, ev);
      return;
    }
    const mover = moverOf[ev.typ];
    if (mover < 0) return;
    this.goroutine(mover === 1 ? ev.args[0] : ev.g, fromOf[ev.typ], toOf[ev.typ], ev);
  }
  goroutine(id, from, to, ev) {
    const g = this.s.goroutines;
    if (from === S.notExist && to !== S.notExist) g.created++;
    if (to === S.notExist && from !== S.notExist && from !== S.undetermined) g.ended++;
    let rec = this.goroutines.get(id);
    if (this.boundary && !rec && from !== S.notExist) rec = this.inherit(id, this.boundary);
    if (from !== to && rec?.inherited) {
      this.boundary?.closes.push([id, from, ev.time]);
      rec.inherited = false;
    } else if (from !== to && rec && !Number.isNaN(rec.since))
      this.closeInterval(from, ev.time - rec.since, rec.reason);
    if (to === S.notExist) {
      this.goroutines.delete(id);
      return;
    }
    if (!rec) {
      rec = { since: NaN, reason: "" };
      this.goroutines.set(id, rec);
    }
    if (from === to) return;
    const measured = from !== S.undetermined && (to === S.runnable || to === S.waiting || to === S.syscall);
    rec.since = measured ? ev.time : NaN;
    rec.reason = to === S.waiting ? this.blockReason(ev) : "";
  }
  /** A goroutine first seen here that existed before: a placeholder for the earlier record. */
  inherit(id, boundary) {
    if (!boundary.firstTouch(boundary.goroutines, id)) return void 0;
    const rec = { since: NaN, reason: "", inherited: true };
    this.goroutines.set(id, rec);
    return rec;
  }
  /** Books the time spent in the state a goroutine leaves. */
  closeInterval(from, ns, reason) {
    if (from === S.runnable) this.latency.add(ns);
    else if (from === S.waiting) this.blocked.set(reason, (this.blocked.get(reason) ?? 0) + ns);
    else if (from === S.syscall) this.s.syscallNs += ns;
  }
  blockReason(ev) {
    if (ev.typ === v2Type.GoBlock) return ev.strings.get(ev.args[0]) || "unspecified";
    return ev.typ === v2Type.GoCreateBlocked ? "created blocked" : "unspecified";
  }
  /** Final numbers once the stream has ended. */
  finish() {
    const s = this.s;
    s.durationNs = this.first === void 0 ? 0 : this.last - this.first;
    s.gc.perSecond = s.durationNs > 0 ? s.gc.cycles / (s.durationNs / 1e9) : 0;
    s.goroutines.aliveAtEnd = this.goroutines.size;
    for (const [reason, ns] of [...this.blocked].sort(([a], [b]) => a < b ? -1 : 1)) s.blockedNsByReason[reason] = ns;
    for (let typ = 0; typ < 256; typ++) {
      if (this.kindCounts[typ] === 0) continue;
      const kind = kindOf(typ);
      s.eventsByKind[kind] = (s.eventsByKind[kind] ?? 0) + this.kindCounts[typ];
    }
    const l = this.latency;
    s.schedLatencyNs = { count: l.count, p50: l.quantile(0.5), p99: l.quantile(0.99), max: l.max, totalNs: l.total };
    s.annotations = this.annotations.finish();
    return s;
  }
};
function emptySummary(headerVersion, writtenBy) {
  return {
    headerVersion,
    writtenBy,
    durationNs: 0,
    events: 0,
    eventsByKind: {},
    gc: {
      cycles: 0,
      perSecond: 0,
      stwCount: 0,
      stwTotalNs: 0,
      stwMaxNs: 0,
      gcStwCount: 0,
      gcStwTotalNs: 0,
      gcStwMaxNs: 0,
      markAssistNs: 0,
      activeAtStart: false
    },
    goroutines: { created: 0, ended: 0, aliveAtEnd: 0 },
    schedLatencyNs: { count: 0, p50: 0, p99: 0, max: 0, totalNs: 0 },
    blockedNsByReason: {},
    syscallNs: 0,
    tasks: { count: 0, byType: {} },
    regions: 0,
    logs: 0,
    annotations: { tasks: {}, regions: {}, logs: {} },
    heapPeakBytes: 0,
    gomaxprocs: 0,
    cpuSamples: 0,
    generations: 0
  };
}

// src/formats/gotrace/importer.ts
var goTraceImporter = {
  id: "go-trace",
  sniff: (head) => {
    if (!looksLikeTraceHeader(head)) return 0;
    const text = latin1(head.subarray(0, headerBytes));
    if (/^go 1\.\d+ trace\0/.test(text)) return 1;
    return text.includes(" trace") ? 0.6 : 0;
  },
  parseStream: (chunks, ctx) => parseGoTrace(chunks, ctx)
};
async function parseGoTrace(chunks, ctx) {
  const stream = new ByteStream(chunks);
  await stream.ensure(headerBytes);
  const header3 = readHeader(stream.view().subarray(0, headerBytes));
  stream.skip(headerBytes);
  if (header3.family === "ancient") throw ancient(header3);
  const newBuilder = () => new SummaryBuilder(versionString(header3), header3.writtenBy);
  const v2Builder = header3.family === "v2" ? newBuilder() : void 0;
  const { builder, stop } = v2Builder ? { builder: v2Builder, stop: await runV2(stream, header3, v2Builder, ctx.checkBudget) } : await readLegacy(stream, header3.minor, newBuilder, ctx);
  return goTraceArtifact(builder, stop, ctx);
}
function goTraceArtifact(builder, stop, ctx) {
  const summary = builder.finish();
  if (stop) {
    summary.truncatedAtOffset = stop.offset;
    const code = stop.error.code === "gotrace.truncated" ? "gotrace.truncated" : "gotrace.partial";
    ctx.diagnostics.add(
      code,
      `trace read up to byte 0x${stop.offset.toString(16)}: ${stop.error.message}`,
      `${ctx.path}@0x${stop.offset.toString(16)}`
    );
  }
  const profile = summary.cpuSamples > 0 ? builder.cpu.build(summary.durationNs) : void 0;
  return {
    format: "go-trace",
    formatVersion: summary.headerVersion,
    content: profile ? { type: "go-trace", summary, profile } : { type: "go-trace", summary },
    diagnostics: ctx.diagnostics.list()
  };
}
async function runV2(stream, header3, builder, checkBudget) {
  const reader = new V2Reader(header3.minor, builder, checkBudget);
  try {
    await reader.run(stream);
  } catch (err) {
    if (!isFormatError(err) || err.code === "input.too-slow" || reader.progress.generations === 0) throw err;
    builder.s.generations = reader.progress.generations;
    return { offset: err.offset ?? stream.offset, error: err };
  }
  builder.s.generations = reader.progress.generations;
  const stopped = reader.progress.stoppedAt;
  if (stopped && reader.progress.generations === 0) throw stopped.error;
  return stopped;
}
function ancient(header3) {
  const v = versionString(header3);
  return new FormatError(
    "go-trace",
    "gotrace.unsupported-version",
    `go ${v} trace (written by Go ${header3.writtenBy.join("/")}) is recognised but not supported for metrics; Go 1.23+ tools refuse it too: re-record with Go 1.11 or newer`,
    { offset: 0 }
  );
}
function latin1(bytes) {
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  return text;
}

// src/formats/gobench/parse-bench.ts
var configLine = new RegExp("^(\\p{Ll}[^\\s\\p{Lu}:]*):(?:[ \\t]+(.*))?$", "u");
var resultStart = /^Benchmark/;
function classifyLine(line) {
  if (resultStart.test(line)) return resultLine(line);
  const config = configLine.exec(line);
  if (config) return { kind: "config", key: config[1], value: (config[2] ?? "").trim() };
  return { kind: "other" };
}
function resultLine(line) {
  const fields = line.trim().split(/\s+/);
  const full = fields[0];
  if (fields.length < 2) return { kind: "other" };
  const iterations = Number(fields[1]);
  if (!/^\d+$/.test(fields[1]) || !Number.isSafeInteger(iterations))
    return { kind: "bad", reason: "iteration count is not an integer" };
  if ((fields.length - 2) % 2 !== 0) return { kind: "bad", reason: "a value without its unit" };
  const values = [];
  for (let i = 2; i < fields.length; i += 2) {
    const value = Number(fields[i]);
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(fields[i]) || !Number.isFinite(value))
      return { kind: "bad", reason: "a value is not a number" };
    values.push({ value, unit: fields[i + 1] });
  }
  const { name, procs } = splitProcs(full);
  return { kind: "result", name, procs, iterations, values };
}
function splitProcs(full) {
  const match = /^(.*)-(\d+)$/.exec(full);
  if (!match || match[1].length <= "Benchmark".length - 1) return { name: full, procs: 1 };
  return { name: match[1], procs: Number(match[2]) };
}

// src/formats/gobench/importer.ts
var maxLineLength = 1024 * 1024;
var goBenchImporter = {
  id: "gobench",
  sniff: sniffGoBench,
  parse(bytes, ctx) {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    const config = {};
    const results = [];
    let lineNumber = 0;
    let bad = 0;
    for (const raw of text.split("\n")) {
      lineNumber += 1;
      if (raw.length > maxLineLength)
        throw new FormatError(
          "gobench",
          "gobench.line-too-long",
          `a line of ${raw.length} characters (limit ${maxLineLength})`,
          { line: lineNumber }
        );
      const line = classifyLine(raw.replace(/\r$/, ""));
      if (line.kind === "config") {
        if (line.value === "") delete config[line.key];
        else config[line.key] = line.value;
      } else if (line.kind === "result") {
        results.push({
          name: line.name,
          procs: line.procs,
          iterations: line.iterations,
          values: line.values,
          config: { ...config },
          line: lineNumber
        });
      } else if (line.kind === "bad") {
        bad += 1;
        ctx.diagnostics.add(
          "gobench.bad-line",
          `benchmark result lines that do not parse were skipped (first: ${line.reason})`,
          `${ctx.path}:${lineNumber}`
        );
      }
    }
    if (results.length === 0) {
      throw new FormatError(
        "gobench",
        "gobench.no-results",
        bad ? `none of the ${bad} Benchmark lines parses` : "no benchmark result line in the file",
        { line: 1 }
      );
    }
    return { format: "gobench", content: { type: "bench", bench: { results } }, diagnostics: ctx.diagnostics.list() };
  }
};
function sniffGoBench(head) {
  if (head.length === 0 || head.includes(0)) return 0;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
  const lines = text.split("\n").slice(0, 200).map((l) => l.replace(/\r$/, ""));
  if (lines.some((l) => /^Benchmark\S*\s+\d+(\s|$)/.test(l))) return 0.7;
  const header3 = lines.filter((l) => /^(goos|goarch|pkg|cpu): /.test(l)).length;
  if (header3 >= 2 && lines.some((l) => l.startsWith("Benchmark"))) return 0.5;
  return 0;
}

// src/formats/registry.ts
var importers = [
  pprofImporter,
  // profile.proto, raw or gzipped
  pprofLegacyImporter,
  // legacy pprof: `?debug=1` text, gperftools heap/contention/thread, binary CPU
  foldedImporter,
  // `a;b;c 123` folded stacks (stackcollapse-perf.pl, bpftrace, eBPF tools)
  perfScriptImporter,
  // `perf script` text, collapsed as stackcollapse-perf.pl does
  bpftraceImporter,
  // bpftrace `@[ustack] = count()` / `@[kstack, ustack]` map output
  otlpJsonImporter,
  // OTLP/JSON ExportTraceServiceRequest, or Collector file-exporter JSON lines
  otlpProtoImporter,
  // OTLP/protobuf ExportTraceServiceRequest
  zipkinImporter,
  // Zipkin v2 JSON span array
  jaegerImporter,
  // Jaeger query API / UI JSON ({data: [trace]})
  goTraceImporter,
  // Go execution trace, headers go 1.5 … go 1.26 (streamed)
  goBenchImporter
  // `go test -bench` output (Go benchmark data format, proposal 14313)
];
function detectImporter(head) {
  let best;
  let bestConfidence = 0;
  for (const importer of importers) {
    const confidence = importer.sniff(head);
    if (confidence > bestConfidence) {
      best = importer;
      bestConfidence = confidence;
    }
  }
  return best;
}

// src/engine/read-inputs/enforce-limits.ts
function enforceLimits(artifact4, limits) {
  const c = artifact4.content;
  if (c.type === "spans") tableSize(artifact4.format, "spans", c.spans.spans.length, limits.maxSpans, "maxSpans");
  if (c.type === "bench")
    tableSize(artifact4.format, "benchmark results", c.bench.results.length, limits.maxTableEntries, "maxTableEntries");
  const profile = c.type === "profile" || c.type === "go-trace" ? c.profile : void 0;
  if (profile) checkProfile(artifact4, profile, limits);
  return artifact4;
}
function tableSize(format6, what, size, max, name) {
  if (size > max) throw new FormatError(format6, "limits.too-many", `${size} ${what}, above ${name}=${max}`);
}
function checkProfile(artifact4, p, limits) {
  const tables = [
    ["samples", p.samples.count],
    ["locations", p.locations.length],
    ["functions", p.functions.length],
    ["mappings", p.mappings.length]
  ];
  for (const [what, size] of tables) tableSize(artifact4.format, what, size, limits.maxTableEntries, "maxTableEntries");
  const { cut, deepest } = cutStacks(p.samples, limits.maxStackDepth);
  if (cut > 0) {
    artifact4.diagnostics.push({
      code: "limits.stack-depth",
      message: `stacks deeper than maxStackDepth=${limits.maxStackDepth} were cut at the root end (deepest: ${deepest} frames)`,
      count: cut
    });
  }
}

// src/engine/read-inputs/gunzip-stream.ts
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
var chunkBytes = 1024 * 1024;
async function* gunzipFileChunks(path, compressedBytes, limits) {
  const maxOut = maxGunzippedBytes(compressedBytes, limits);
  const source = createReadStream(path, { highWaterMark: chunkBytes });
  const gunzip = createGunzip({ chunkSize: chunkBytes });
  pipeline(source, gunzip, () => {
  });
  let total = 0;
  try {
    for await (const chunk of gunzip) {
      total += chunk.length;
      if (total > maxOut) throw overLimit(total, maxOut, limits, source.bytesRead);
      yield chunk;
    }
  } catch (err) {
    throw isFormatError(err) ? err : gunzipError(err, source.bytesRead);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}
function gunzipError(err, offset) {
  const code = err.code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === "Z_BUF_ERROR")
    return new FormatError("gzip", "gzip.truncated", `gzip stream ends early after ${offset} bytes`, { offset });
  if (code?.startsWith("Z_"))
    return new FormatError("gzip", "gzip.corrupt", `gzip data is corrupt (${message})`, { offset });
  return new FormatError("input", "input.unreadable", message);
}

// src/engine/read-inputs/heap-budget.ts
import { getHeapStatistics } from "node:v8";
var worstHeapPerInputByte = 32;
var reservedHeapBytes = 256 * 1024 * 1024;
var mib = 1024 * 1024;
var NeedsHeapBudget = class extends Error {
  constructor(estimatedBytes) {
    super(`needs a thread with a heap budget (about ${Math.ceil(estimatedBytes / mib)} MiB)`);
    this.estimatedBytes = estimatedBytes;
  }
  estimatedBytes;
};
var amplificationGraceBytes = 16 * mib;
function checkHeapBudget(importer, bytes, limits, mayDefer, fileBytes = bytes.length) {
  const estimate = importer.estimateHeapBytes?.(bytes);
  const budget = limits.maxImportHeapMb * mib;
  const left = heapLeftBytes();
  if (estimate !== void 0) {
    if (estimate > budget) throw outOfMemory(estimate, `above maxImportHeapMb=${limits.maxImportHeapMb}`);
    if (estimate > Math.max(amplificationGraceBytes, fileBytes * limits.maxCompressionRatio))
      throw outOfMemory(
        estimate,
        `more than maxCompressionRatio=${limits.maxCompressionRatio} times the file's ${fileBytes} bytes`
      );
    if (estimate > left)
      throw outOfMemory(estimate, `more than the ${Math.floor(left / mib)} MiB this process has left`);
    return;
  }
  const worst = bytes.length * worstHeapPerInputByte;
  if (mayDefer && worst > Math.min(budget, left)) throw new NeedsHeapBudget(worst);
}
function heapLeftBytes() {
  const heap = getHeapStatistics();
  return Math.max(0, heap.heap_size_limit - heap.used_heap_size - reservedHeapBytes);
}
function outOfMemory(estimate, why) {
  const detail = `decoding would take about ${Math.ceil(estimate / mib)} MiB of memory, ${why}`;
  return new FormatError("input", "input.out-of-memory", detail);
}

// src/engine/read-inputs/random-access.ts
import { open as open2 } from "node:fs/promises";
async function withRandomAccess(path, sizeBytes, work) {
  const handle2 = await open2(path, "r");
  try {
    return await work({ sizeBytes, readAt: (offset, length) => readRange(handle2, offset, length) });
  } finally {
    await handle2.close();
  }
}
async function readRange(handle2, offset, length) {
  const buffer = new Uint8Array(Math.max(0, length));
  let got = 0;
  while (got < buffer.length) {
    const { bytesRead } = await handle2.read(buffer, got, buffer.length - got, offset + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got === buffer.length ? buffer : buffer.subarray(0, got);
}

// src/engine/read-inputs/import-file.ts
async function importFile(path, limits, mayDefer = false) {
  return withPath(path, async () => {
    const size = (await stat(path)).size;
    checkSize(size, limits);
    const head = await readHead(path, sniffBytes);
    const gzipped = isGzip(head);
    const importer = detectImporter(gzipped ? gunzipHead(head, sniffBytes) : head);
    if (importer?.parseStream && gzipped) {
      const chunks = timed(gunzipFileChunks(path, size, limits), limits);
      const parseStream = importer.parseStream.bind(importer);
      return enforceLimits(await readingAll(chunks, (c) => parseStream(c, importContext(path, limits))), limits);
    }
    if (importer?.parseStream) {
      const parseStream = importer.parseStream.bind(importer);
      return withRandomAccess(path, size, async (randomAccess) => {
        const ctx = { ...importContext(path, limits), randomAccess };
        return enforceLimits(await readingAll(timed(chunksOf(path), limits), (c) => parseStream(c, ctx)), limits);
      });
    }
    return importUnchecked(new Uint8Array(await readFile(path)), path, limits, mayDefer);
  });
}
async function withPath(path, work) {
  try {
    return await work();
  } catch (err) {
    if (err instanceof NeedsHeapBudget) throw err;
    const error = err instanceof FormatError ? err : new FormatError("input", "input.unreadable", err instanceof Error ? err.message : String(err));
    error.path = path;
    throw error;
  }
}
function checkSize(size, limits) {
  if (size === 0) throw new FormatError("input", "input.empty", "the file is empty", { offset: 0 });
  if (size > limits.maxInputBytes)
    throw new FormatError("input", "input.too-large", `${size} bytes is above maxInputBytes=${limits.maxInputBytes}`);
}
function importContext(path, limits) {
  const started = Date.now();
  const checkBudget = (offset) => {
    if (Date.now() - started > limits.maxImportSeconds * 1e3) throw tooSlow(limits, offset);
  };
  return { path, limits, diagnostics: new DiagnosticSink(), checkBudget };
}
function tooSlow(limits, offset) {
  const message = `reading took longer than maxImportSeconds=${limits.maxImportSeconds}`;
  return new FormatError("input", "input.too-slow", message, { offset });
}
async function importUnchecked(raw, path, limits, mayDefer) {
  const bytes = isGzip(raw) ? gunzipBounded(raw, limits) : raw;
  const importer = detectImporter(bytes.subarray(0, sniffBytes));
  if (importer?.parse) checkHeapBudget(importer, bytes, limits, mayDefer, raw.length);
  if (importer?.parse) return enforceLimits(importer.parse(bytes, importContext(path, limits)), limits);
  if (importer?.parseStream)
    return enforceLimits(await importer.parseStream(timed(single(bytes), limits), importContext(path, limits)), limits);
  throw unknownFormat(bytes.subarray(0, sniffBytes));
}
function unknownFormat(head) {
  const known = describeUnknown(head);
  const detail = known ?? "not a format perfgate reads (pprof, Go trace, span export, folded stacks, \u2026)";
  return new FormatError("input", "input.unknown-format", detail, { offset: 0 });
}
async function readHead(path, length) {
  const handle2 = await open3(path, "r");
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle2.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle2.close();
  }
}
var chunkBytes2 = 1024 * 1024;
async function* chunksOf(path, start = 0, end = Infinity) {
  const handle2 = await open3(path, "r");
  try {
    const buffers = [new Uint8Array(chunkBytes2), new Uint8Array(chunkBytes2)];
    for (let turn = 0, at2 = start; at2 < end; turn ^= 1) {
      const buffer = buffers[turn];
      const { bytesRead } = await handle2.read(buffer, 0, Math.min(chunkBytes2, end - at2), at2);
      if (bytesRead === 0) return;
      at2 += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle2.close();
  }
}
async function* timed(chunks, limits) {
  const started = Date.now();
  let offset = 0;
  for await (const chunk of chunks) {
    if (Date.now() - started > limits.maxImportSeconds * 1e3) throw tooSlow(limits, offset);
    offset += chunk.length;
    yield chunk;
  }
}
async function readingAll(chunks, parse) {
  try {
    return await parse(chunks);
  } finally {
    await chunks.return(void 0);
  }
}
async function* single(bytes) {
  yield await Promise.resolve(bytes);
}

// src/formats/gotrace/order-snapshot.ts
function orderSnapshot(reader) {
  const o = reader.orderState;
  const goroutines = [];
  o.gStates.forEach((s, id) => {
    const ranges = [];
    for (const r of s.ranges ?? []) ranges.push(r.typ, r.desc);
    goroutines.push([id, s.status, s.gen, s.n, ranges]);
  });
  goroutines.sort((a, b) => a[0] - b[0]);
  const procs = [...o.pStates].sort(([a], [b]) => a - b);
  const threads = [...o.mStates].sort(([a], [b]) => a - b);
  return JSON.stringify({
    lastTs: reader.lastTime,
    gc: [o.gcSeq, o.gcState],
    goroutines,
    procs: procs.map(([id, s]) => [id, s.status, s.gen, s.n, s.sweeping]),
    threads: threads.map(([id, s]) => [id, s.g, s.p])
  });
}

// src/formats/gotrace/range-boundary.ts
var BoundaryLog = class {
  /** Goroutines whose first transition here was not a creation. */
  goroutines = /* @__PURE__ */ new Set();
  /** Goroutine intervals closed here that began earlier. */
  closes = [];
  /** Goroutines with a stop-the-world begun or ended here; the ends of earlier ones. */
  stw = /* @__PURE__ */ new Set();
  stwEnds = [];
  /** The same for mark assists. */
  assist = /* @__PURE__ */ new Set();
  assistEnds = [];
  /** Task ids begun or ended here (summary counts); ends of earlier tasks. */
  tasks = /* @__PURE__ */ new Set();
  taskEnds = [];
  /** The same for the annotation statistics, which pair tasks on their own. */
  annotationTasks = /* @__PURE__ */ new Set();
  annotationTaskEnds = [];
  /** Region ends (goroutine, time) that found the goroutine's region stack empty here. */
  regionEnds = [];
  /** True the first time `id` is seen in `set` (and records it). */
  firstTouch(set2, id) {
    if (set2.has(id)) return false;
    set2.add(id);
    return true;
  }
};

// src/formats/gotrace/annotation-stitch.ts
function exportAnnotations(a) {
  const taskNames = /* @__PURE__ */ new Map();
  const regionNames = /* @__PURE__ */ new Map();
  const tasks = [];
  for (const [name, type] of a.tasks) {
    taskNames.set(type, name);
    tasks.push([name, type.stats.count, type.durations]);
  }
  const regions = [];
  for (const [name, type] of a.regions) {
    regionNames.set(type, name);
    regions.push([name, type.stats.count, type.durations, type.perGoroutine]);
  }
  const openTasks = [];
  for (const [id, open4] of a.openTasks) openTasks.push([id, taskNames.get(open4.type) ?? "", open4.t]);
  const openRegions = [];
  for (const [g, stack2] of a.openRegions) {
    if (stack2.length > 0)
      openRegions.push([g, stack2.map((o) => [regionNames.get(o.type) ?? "", o.t])]);
  }
  return { tasks, regions, logs: a.logs, openTasks, openRegions };
}

// src/formats/gotrace/summary-stitch.ts
function exportRange(b) {
  const goroutines = [];
  b.goroutines.forEach((r, id) => goroutines.push([id, r.since, r.reason, r.inherited === true]));
  return {
    s: b.s,
    first: b.first,
    last: b.last,
    sawGc: b.sawGc,
    procsSeen: b.procsSeen,
    kindCounts: b.kindCounts,
    goroutines,
    blocked: b.blocked,
    stw: b.stw,
    assist: b.assist,
    tasks: b.tasks,
    latency: b.latency,
    annotations: exportAnnotations(b.annotations),
    cpu: b.cpu.exportSamples(),
    boundary: b.boundary
  };
}

// src/formats/gotrace/range-reader-v2.ts
async function readV2Range(chunks, req, checkBudget) {
  const builder = new SummaryBuilder(req.headerVersion, req.writtenBy, req.startsFile ? void 0 : new BoundaryLog());
  let live = req.startsFile;
  const sink = {
    event: (ev) => {
      if (live) builder.event(ev);
    },
    cpuSample: (time, stack2) => {
      if (live) builder.cpuSample(time, stack2);
    }
  };
  const budget = checkBudget ? (offset) => checkBudget(offset + req.base) : void 0;
  const reader = new V2Reader(req.minor, sink, budget);
  let startState;
  reader.afterGeneration = () => {
    if (live) return;
    reader.seedThreads(req.priorThreads);
    startState = orderSnapshot(reader);
    live = true;
  };
  const stream = new ByteStream(chunks);
  let thrown;
  try {
    await reader.run(stream, req.endsFile);
  } catch (err) {
    if (!isFormatError(err) || err.code === "input.too-slow") throw err;
    thrown = stopOf(err, (err.offset ?? stream.offset) + req.base, req.base);
  }
  const stoppedAt = reader.progress.stoppedAt;
  const result = {
    summary: exportRange(builder),
    generations: Math.max(0, reader.progress.generations - (req.startsFile ? 0 : 1)),
    startState: live ? startState : void 0,
    endState: orderSnapshot(reader)
  };
  if (stoppedAt) result.stopped = stopOf(stoppedAt.error, stoppedAt.offset + req.base, req.base);
  if (thrown) result.thrown = thrown;
  return result;
}
function stopOf(err, offset, base) {
  const stop = { code: err.code, message: err.message, offset };
  if (err.offset !== void 0) stop.errorOffset = err.offset + base;
  return stop;
}

// src/engine/import-pool/parallel-trace.ts
var minBytesForSplit = 32 * 1024 * 1024;
async function readTraceRange(path, limits, range) {
  const { checkBudget } = importContext(path, limits);
  return readingAll(
    chunksOf(path, range.start, range.end),
    (chunks) => readV2Range(chunks, range.request, checkBudget)
  );
}

// src/engine/import-pool/protocol.ts
function errorFields(err) {
  if (err instanceof FormatError) {
    return { format: err.format, code: err.code, message: err.message, ...where(err) };
  }
  return { format: "input", code: "input.unreadable", message: err instanceof Error ? err.message : String(err) };
}
function where(err) {
  return {
    ...err.offset !== void 0 ? { offset: err.offset } : {},
    ...err.line !== void 0 ? { line: err.line } : {}
  };
}

// src/engine/import-pool/import-worker.ts
parentPort?.on("message", (request) => {
  if (request.range) {
    void readTraceRange(request.path, request.limits, request.range).then(
      (range) => reply({ id: request.id, range }),
      (err) => reply({ id: request.id, error: errorFields(err) })
    );
    return;
  }
  void importFile(request.path, request.limits).then(
    (artifact4) => reply({ id: request.id, artifact: artifact4 }),
    (err) => reply({ id: request.id, error: errorFields(err) })
  );
});
function reply(message) {
  parentPort?.postMessage(message);
}
