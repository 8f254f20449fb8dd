sku_name = "Premium"
family   = "P"
capacity = "1"