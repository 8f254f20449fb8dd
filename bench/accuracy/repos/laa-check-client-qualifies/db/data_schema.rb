DataMigrate::Data.define(version: 20241101122511)
