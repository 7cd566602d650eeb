"""Quote scanning, attribution and people clustering: pure helpers of the quotes component."""
