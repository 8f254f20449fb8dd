package model

type Product struct {
	ID int
        Name string
        Price float32
        ImageName string
}