True Random True Random random
0.6229016948897019 6 c [8, 0, 7] 0.12289941232398818
[6, 1, 1, 6, 3] 0.24489185380347622 True Random
abcd True
True 1
True SystemRandom True None
NotImplementedError System entropy source does not have state.
True
<random.Random object  <class 'random.Random'> <class 'random.Random'>
True False
Random.__init__() takes from 1 to 2 positional arguments but 3 were given
TypeError
