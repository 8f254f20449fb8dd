output "resourceGroup" {
  value = azurerm_resource_group.rg.name
}