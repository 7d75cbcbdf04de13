"""Language packs (data only): one YAML file per language, plus actors.yaml for names shared by all."""
