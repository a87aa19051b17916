# epython-args: --classic --cores 16 --deterministic
# The original's mandlebrot.py idea: one row of the Mandelbrot set per core, printed
# in core order by taking turns between barriers.
import parallel
width=60
maxiter=50
y=-1.2 + 2.4 * coreid() / (numcores()-1.0)
line=""
col=0
while col < width:
  x=-2.1 + 3.0 * col / (width-1.0)
  zr=0.0
  zi=0.0
  n=0
  while n < maxiter and zr*zr + zi*zi < 4.0:
    t=zr*zr - zi*zi + x
    zi=2.0*zr*zi + y
    zr=t
    n+=1
  if n == maxiter:
    line=line+"#"
  elif n < 3:
    line=line+"."
  elif n < 6:
    line=line+":"
  else:
    line=line+"+"
  col+=1
turn=0
while turn < numcores():
  if turn == coreid(): print line
  sync()
  turn+=1
