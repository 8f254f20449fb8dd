output "vaultName" {
  value = local.vaultName
}
