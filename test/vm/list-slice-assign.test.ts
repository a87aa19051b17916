// Assigning a non-iterable to a list slice gives CPython's PySequence_Fast messages,
// which differ for a plain and an extended slice.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("slice assignment of a non-iterable", {}, [
  ["a = [1, 2, 3]\na[1:2] = 5", "TypeError: can only assign an iterable"],
  ["a = [1, 2, 3]\na[::2] = None", "TypeError: must assign iterable to extended slice"],
  ["a = [1, 2, 3]\na[::2] = [1]", "ValueError: attempt to assign sequence of size 1 to extended slice of size 2"],
]);
