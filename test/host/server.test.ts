// The runtime server's protocol (docs/protocol.md) end to end over in-memory
// streams, against the real offload device; the wire codec; the shared-memory home.

import { randomBytes } from "node:crypto";
import { existsSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { offloadBinding } from "../../src/host/server/binding.js";
import { Server } from "../../src/host/server/server.js";
import { ShmArrayHome, SHM_DIR } from "../../src/host/server/shmHome.js";
import {
  decodeFrame, encodeFrame, FrameSplitter, Msg, PackedFloats, PackedInts, PROTOCOL_VERSION, Tag, WireArray, WireError,
  WireFloat, WireTuple, type Frame, type WireValue,
} from "../../src/host/server/wire.js";

/** A client talking to a Server through streams, collecting replies and events. */
class Client {
  readonly input = new PassThrough();
  readonly output = new PassThrough();
  readonly server = new Server(offloadBinding, this.output);
  readonly frames: Frame[] = [];
  private readonly splitter = new FrameSplitter();
  private nextId = 1;
  private waiters: (() => void)[] = [];
  readonly finished: Promise<void>;

  constructor() {
    this.finished = this.server.attach(this.input);
    this.output.on("data", (chunk: Buffer) => {
      for (const p of this.splitter.push(new Uint8Array(chunk))) this.frames.push(decodeFrame(p));
      for (const w of this.waiters.splice(0)) w();
    });
  }

  send(type: number, body: WireValue[] = [], id = this.nextId++): number {
    this.input.write(encodeFrame(type, id, body));
    return id;
  }

  async reply(id: number): Promise<Frame> {
    for (;;) {
      const f = this.frames.find((x) => x.id === id && (x.type === Msg.OK || x.type === Msg.ERROR));
      if (f) return f;
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  async call(type: number, body: WireValue[] = []): Promise<WireValue[]> {
    const f = await this.reply(this.send(type, body));
    if (f.type !== Msg.OK) throw new Error(`${String(f.body[0])}: ${String(f.body[1])}`);
    return f.body;
  }

  events(type: number): Frame[] {
    return this.frames.filter((f) => f.type === type);
  }

  async open(options: [string, WireValue][] = [["cores", 4]]): Promise<void> {
    await this.call(Msg.HELLO, [PROTOCOL_VERSION, "test"]);
    await this.call(Msg.OPEN, [new Map(options)]);
  }
}

const clients: Client[] = [];
function client(): Client {
  const c = new Client();
  clients.push(c);
  return c;
}
afterEach(async () => {
  for (const c of clients.splice(0)) {
    c.input.end();
    await c.finished;
  }
});

const KERNELS = [
  "def add(a, b):",
  "    print('adding', a, b)",
  "    return a + b",
  "def fail(x):",
  "    return 1 // x",
  "def shape(v):",
  "    return (type(v).__name__, v)",
  "def counter_now():",
  "    return counter",
].join("\n") + "\n";

describe("server protocol", () => {
  it("loads, launches, waits, forwards output and reports completion", async () => {
    const c = client();
    await c.open();
    await c.call(Msg.LOAD, [KERNELS, "kernels.py", false, []]);
    const launch = c.send(Msg.LAUNCH, ["add", [1, new WireFloat(2)], new Map([["target", [1, 3]]])]);
    const wait = c.send(Msg.WAIT, [launch]); // right behind the launch: the handle id is the request id
    expect((await c.reply(launch)).body).toEqual([launch, [1, 3]]);
    const result = await c.reply(wait);
    expect(result.type).toBe(Msg.OK);
    expect(result.body).toEqual([[new WireFloat(3), new WireFloat(3)]]);
    const out = c.events(Msg.OUTPUT).map((f) => f.body[1]).join("");
    expect(out).toContain("[device 1] adding 1 2.0\n");
    expect(out).toContain("[device 3] adding 1 2.0\n");
    // DONE precedes the WAIT reply, so a client can copy arrays back before returning.
    const doneAt = c.frames.findIndex((f) => f.type === Msg.DONE && f.body[0] === launch);
    expect(doneAt).toBeGreaterThanOrEqual(0);
    expect(doneAt).toBeLessThan(c.frames.indexOf(result));
  });

  it("keeps ints, floats, strings, tuples and lists apart; floats as printed", async () => {
    const c = client();
    await c.open();
    await c.call(Msg.LOAD, [KERNELS, "kernels.py", false, []]);
    const cases: [WireValue, WireValue][] = [
      [7, new WireTuple(["int", 7])],
      [new WireFloat(0.1), new WireTuple(["float", new WireFloat(0.1)])],
      ["hé", new WireTuple(["str", "hé"])],
      [new WireTuple([1, null]), new WireTuple(["tuple", new WireTuple([1, null])])],
      [[true, [2]], new WireTuple(["list", [true, [2]]])],
    ];
    for (const [arg, expected] of cases) {
      const id = c.send(Msg.LAUNCH, ["shape", [arg], new Map([["target", 0]])]);
      const [values] = await c.call(Msg.WAIT, [id]);
      expect(values).toEqual([expected]);
    }
  });

  it("answers errors with Python kinds and stays usable", async () => {
    const c = client();
    await c.open();
    await c.call(Msg.LOAD, [KERNELS, "kernels.py", false, []]);
    const id = c.send(Msg.LAUNCH, ["fail", [0], new Map([["target", [2]]])]);
    const err = await c.reply(c.send(Msg.WAIT, [id]));
    expect(err.type).toBe(Msg.ERROR);
    expect(err.body[0]).toBe("KernelError");
    const details = err.body[2] as Map<string, WireValue>;
    expect(details.get("core")).toBe(2);
    expect(details.get("kind")).toBe("ZeroDivisionError");
    expect(details.get("traceback")).toEqual([new WireTuple(["kernels.py", 5, "fail"])]);
    const bad = await c.reply(c.send(Msg.LAUNCH, ["add", [1, 2], new Map([["target", [9]]])]));
    expect(bad.body.slice(0, 1)).toEqual(["ValueError"]);
    const map = await c.reply(c.send(Msg.LAUNCH, ["add", [new Map(), 2], new Map()]));
    expect(map.body[0]).toBe("TypeError");
    const big = await c.reply(c.send(Msg.LAUNCH, ["add", [2 ** 40, 2], new Map()]));
    expect(big.body[0]).toBe("OverflowError");
    const unknown = await c.reply(c.send(Msg.COPY_FROM, ["nothing", new Map()]));
    expect(unknown.body[0]).toBe("NameError");
    const syntax = await c.reply(c.send(Msg.LOAD, ["def f(:\n", "bad.py", false, []]));
    expect(syntax.body[0]).toBe("SyntaxError");
    expect(String(syntax.body[1])).toMatch(/^bad\.py:1:/);
    const id2 = c.send(Msg.LAUNCH, ["add", [2, 3], new Map([["auto", 2]])]);
    expect(await c.call(Msg.WAIT, [id2])).toEqual([[5, 5]]);
  });

  it("defines and copies device-resident variables in per-core order", async () => {
    const c = client();
    await c.open();
    await c.call(Msg.LOAD, [KERNELS, "kernels.py", false, ["counter"]]);
    await c.call(Msg.WAIT, [c.send(Msg.DEFINE, ["counter", 1, new Map()])]);
    c.send(Msg.COPY_TO, ["counter", 5, new Map([["target", [1]]])]);
    const id = c.send(Msg.LAUNCH, ["counter_now", [], new Map([["target", [0, 1]]])]);
    expect(await c.call(Msg.WAIT, [id])).toEqual([[1, 5]]);
    const from = c.send(Msg.COPY_FROM, ["counter", new Map([["target", 1]])]);
    expect(await c.call(Msg.WAIT, [from])).toEqual([[5]]);
    const dropped = c.send(Msg.LAUNCH, ["counter_now", [], new Map()]);
    await c.call(Msg.RELEASE, [dropped]);
    const gone = await c.reply(c.send(Msg.WAIT, [dropped]));
    expect(gone.body.slice(0, 2)).toEqual(["ValueError", `unknown or already collected handle ${dropped}`]);
    const stats = await c.call(Msg.STATS);
    expect((stats[0] as WireValue[]).length).toBe(4);
  });

  it("rejects a protocol version mismatch and requests before the handshake", async () => {
    const c = client();
    const early = await c.reply(c.send(Msg.OPEN, [new Map()]));
    expect(early.body[0]).toBe("ProtocolError");
    const f = await c.reply(c.send(Msg.HELLO, [PROTOCOL_VERSION + 1, "future"]));
    expect(f.type).toBe(Msg.ERROR);
    expect(f.body[0]).toBe("VersionError");
    expect(String(f.body[1])).toContain(`this runtime speaks ${PROTOCOL_VERSION}`);
  });

  it("answers a malformed frame with an error and unknown options clearly", async () => {
    const c = client();
    await c.open();
    const bytes = new Uint8Array([6, 0, 0, 0, Msg.LAUNCH, 42, 0, 0, 0, 0x77]);
    c.input.write(bytes);
    const f = await c.reply(42);
    expect(f.body[0]).toBe("ProtocolError");
    const opt = await c.reply(c.send(Msg.LAUNCH, ["add", [1, 2], new Map([["colour", 1]])]));
    expect(opt.body.slice(0, 2)).toEqual(["ValueError", "unknown launch option 'colour'"]);
    const c2 = client();
    await c2.call(Msg.HELLO, [PROTOCOL_VERSION, "t"]);
    const openBad = await c2.reply(c2.send(Msg.OPEN, [new Map([["colour", 1]])]));
    expect(openBad.body[0]).toBe("ValueError");
  });

  it("shuts down on SHUTDOWN and refuses work afterwards", async () => {
    const c = client();
    await c.open();
    await c.call(Msg.SHUTDOWN);
    await c.finished;
    expect(c.output.writableEnded).toBe(true);
  });
});

describe("wire codec", () => {
  it("round-trips every value kind", () => {
    const values: WireValue[] = [null, true, false, 0, -5, 2 ** 53 - 1, 2n ** 70n, -(2n ** 64n), new WireFloat(2),
      new WireFloat(-0.5), "", "✓", [], [1, [2]], new WireTuple([1]), new Map([["k", [null]]]),
      new WireArray({ shm: "psm_x", byteOffset: 16, length: 3, type: "float64", kind: "device", prefetch: 2 })];
    const frame = encodeFrame(Msg.OK, 9, values);
    const [payload] = new FrameSplitter().push(frame);
    expect(decodeFrame(payload)).toEqual({ type: Msg.OK, id: 9, body: values });
  });

  it("packs numeric lists and decodes them as plain lists", () => {
    const floats = new PackedFloats(new Float64Array([0.1, -2, Infinity]));
    const ints = new PackedInts(new Int32Array([1, -2, 2147483647]));
    const [payload] = new FrameSplitter().push(encodeFrame(Msg.OK, 1, [floats, ints, [new WireFloat(1), new WireFloat(2)], [1, 2]]));
    expect(payload[5]).toBe(Tag.FLOAT_LIST);
    expect(payload.length).toBe(5 + (1 + 4 + 24) + (1 + 4 + 12) + (1 + 4 + 16) + (1 + 4 + 8));
    expect(decodeFrame(payload).body).toEqual([
      [new WireFloat(0.1), new WireFloat(-2), new WireFloat(Infinity)], [1, -2, 2147483647],
      [new WireFloat(1), new WireFloat(2)], [1, 2],
    ]);
    // Not packable: an int beyond int32, mixed kinds.
    const [mixed] = new FrameSplitter().push(encodeFrame(Msg.OK, 1, [[2 ** 40, 1], [1, new WireFloat(1)]]));
    expect(mixed[5]).toBe(Tag.LIST);
    expect(decodeFrame(mixed).body).toEqual([[2 ** 40, 1], [1, new WireFloat(1)]]);
  });

  it("splits frames across arbitrary chunk boundaries", () => {
    const a = encodeFrame(Msg.OUTPUT, 0, [1, "hello\n"]);
    const b = encodeFrame(Msg.DONE, 0, [3, true]);
    const all = new Uint8Array([...a, ...b]);
    const s = new FrameSplitter();
    const got: Frame[] = [];
    for (let i = 0; i < all.length; i += 3) for (const p of s.push(all.subarray(i, i + 3))) got.push(decodeFrame(p));
    expect(got.map((f) => f.type)).toEqual([Msg.OUTPUT, Msg.DONE]);
    expect(s.buffered).toBe(0);
  });

  it("rejects truncated and oversized input", () => {
    expect(() => decodeFrame(new Uint8Array([Msg.OK, 1, 0, 0, 0, 0x06, 9, 0, 0, 0]))).toThrow(WireError);
    expect(() => new FrameSplitter().push(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).toThrow(WireError);
  });
});

describe("shared-memory home", () => {
  const name = `epython-test-${randomBytes(6).toString("hex")}`;
  const path = `${SHM_DIR}/${name}`;
  afterEach(() => rmSync(path, { force: true }));

  it.skipIf(!existsSync(SHM_DIR))("reads ranges, overlays its own pending writes and flushes them", () => {
    const f = new Float32Array([1.5, 2.5, 3.5, 4.5, 5.5]);
    writeFileSync(path, new Uint8Array(f.buffer));
    const home = new ShmArrayHome({ shm: name, byteOffset: 4, length: 3, type: "float32", kind: "host", prefetch: 0 });
    const into = new Float64Array(3);
    home.read(0, 3, into);
    expect([...into]).toEqual([2.5, 3.5, 4.5]);
    home.write(1, 9.25);
    home.read(1, 1, into);
    expect(into[0]).toBe(9.25);
    home.flush();
    const after = new Float32Array(new Uint8Array(readFileSync(path)).buffer);
    expect([...after]).toEqual([1.5, 2.5, 9.25, 4.5, 5.5]);
    expect(() => home.read(2, 2, into)).toThrow(RangeError);
    home.close();
  });

  it.skipIf(!existsSync(SHM_DIR))("reads across blocks and after evictions, keeping earlier writes", () => {
    const n = 100_000; // 400 KB of int32: more blocks than the home keeps
    writeFileSync(path, new Uint8Array(Int32Array.from({ length: n }, (_, i) => i).buffer));
    const home = new ShmArrayHome({ shm: name, byteOffset: 0, length: n, type: "int32", kind: "host", prefetch: 0 });
    const into = new Float64Array(8);
    home.read(4092, 8, into); // spans the first two 16 KB blocks
    expect([...into]).toEqual([4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099]);
    home.write(4095, -1);
    for (let i = 0; i < n; i += 4096) home.read(i, 1, into); // evicts every block
    home.read(4094, 3, into);
    expect([...into.subarray(0, 3)]).toEqual([4094, -1, 4096]);
    home.close();
    expect(new Int32Array(new Uint8Array(readFileSync(path)).buffer)[4095]).toBe(-1);
  });

  it.skipIf(!existsSync(SHM_DIR))("refuses bad names, missing segments and arrays beyond the segment", () => {
    writeFileSync(path, new Uint8Array(8));
    const ref = { shm: name, byteOffset: 0, length: 2, type: "int32" as const, kind: "host" as const, prefetch: 0 };
    expect(() => new ShmArrayHome({ ...ref, shm: "../etc/passwd" })).toThrow(/invalid shared memory name/);
    expect(() => new ShmArrayHome({ ...ref, shm: `${name}-missing` })).toThrow(/ENOENT/);
    expect(() => new ShmArrayHome({ ...ref, length: 3 })).toThrow(/exceeds/);
    new ShmArrayHome(ref).close();
  });
});
