"""Ways to run the batch job past one machine."""
