rootProject.name = "hmpps-alerts-api"
