"""The parts of the generated benchmark site (``benchmarks.generate``): its vocabulary, pages
written in bulk, snippets and images, projects and events."""
