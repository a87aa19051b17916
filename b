_heapq.heappop() takes exactly one argument (0 given)
heappush expected 2 arguments, got 1
heapreplace expected 2 arguments, got 0
heappushpop expected 2 arguments, got 1
_heapq.heapify() takes exactly one argument (2 given)
_heapq.heappop() takes no keyword arguments
_heapq.heappush() takes no keyword arguments
_heapq.heapify() takes no keyword arguments
