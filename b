[40, 38, 37, 23, 34, 30, 8]
True [40, 38, 37, 34, 30]
[45, 40, 40, 38, 34, 35, 25, 14, 30, 30, 16, 35, 30, 0, 14, 9, 12, 4]
True [45, 40, 40, 38, 35]
[47, 24, 33, 0]
True [47, 33, 24, 0]
5 [4, 3, 1]
[(9, 'a'), (1, 'z'), (2, 'b')] (9, 'c')
IndexError index out of range
IndexError index out of range
TypeError _heapify_max() argument must be list, not tuple
TypeError _heappop_max() argument must be list, not int
TypeError _heapq._heapify_max() takes exactly one argument (0 given)
_heapify_max False
