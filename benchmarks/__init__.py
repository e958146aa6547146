"""The workbench's performance suite: what an analyst feels, measured against targets.

Run ``python -m benchmarks`` (everything, a few minutes, writes
benchmarks/RESULTS.md) or ``python -m benchmarks --smoke`` (tiny sizes, a
few seconds, to check that the suite works). See benchmarks/README.md.
"""
