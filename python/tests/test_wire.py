"""The protocol's value encoding round-trips, and malformed frames are rejected."""

import struct

import pytest

from epython import _wire
from epython._wire import ArrayRef, Msg, WireError, decode_payload, encode_frame


VALUES = [None, True, False, 0, -1, 2**31, -(2**63), 2**63 - 1, 2**200, -(2**70), 0.0, -0.0, 1.5, float("inf"),
          "", "héllo ✓", [], [1, [2.0, "x"]], (1, (2,)), {"a": 1, "b": [None]},
          [1.5, -2.0, float("inf")], [1, -2, 2**31 - 1, -(2**31)], [1, 2**31], [1, 2.0], [True, False],
          ArrayRef("psm_abc", 8, 100, "float32", "shared", 4)]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_values_round_trip(value):
    frame = encode_frame(Msg.LAUNCH, 7, (value,))
    (length,) = struct.unpack_from("<I", frame)
    assert length == len(frame) - 4
    msg, ident, body = decode_payload(frame[4:])
    assert (msg, ident) == (Msg.LAUNCH, 7)
    assert body == [value]
    assert type(body[0]) is type(value)


def test_ints_and_floats_stay_distinct():
    _, _, body = decode_payload(encode_frame(Msg.OK, 1, (2, 2.0))[4:])
    assert type(body[0]) is int and type(body[1]) is float


def test_unsupported_values_are_type_errors():
    with pytest.raises(TypeError, match="cannot encode set"):
        encode_frame(Msg.LAUNCH, 1, ({1, 2},))


@pytest.mark.parametrize("payload", [b"\x80", b"\x80\x01\x00\x00\x00\x06\xff\x00\x00\x00", b"\x80\x01\x00\x00\x00\x77"])
def test_malformed_payloads(payload):
    with pytest.raises(WireError):
        decode_payload(payload)


def test_version_is_an_int():
    assert isinstance(_wire.PROTOCOL_VERSION, int)


def test_numeric_lists_are_packed_and_keep_their_element_types():
    floats = encode_frame(Msg.OK, 1, ([0.5] * 1000,))
    ints = encode_frame(Msg.OK, 1, ([7] * 1000,))
    assert floats[9] == _wire.Tag.FLOAT_LIST and len(floats) == 9 + 1 + 4 + 8000
    assert ints[9] == _wire.Tag.INT32_LIST and len(ints) == 9 + 1 + 4 + 4000
    assert decode_payload(floats[4:])[2] == [[0.5] * 1000]
    (back,) = decode_payload(ints[4:])[2]
    assert back == [7] * 1000 and type(back[0]) is int
    # Not packable: a bool is not an int here, an int beyond 32 bits, mixed kinds.
    for v in ([True, 1], [2**31, 1], [1, 1.0]):
        assert encode_frame(Msg.OK, 1, (v,))[9] == _wire.Tag.LIST
