"""The forms of the four fact-finding registers (登记簿): one module per register, a shared base."""
