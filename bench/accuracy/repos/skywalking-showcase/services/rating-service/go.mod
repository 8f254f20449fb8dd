module rating

go 1.19
