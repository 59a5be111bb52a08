"""Settings package: ``base`` holds what every environment shares; ``dev``, ``test`` and
``production`` each adjust it. Everything that differs between deployments is read from the
environment (see README, "Configuration")."""
