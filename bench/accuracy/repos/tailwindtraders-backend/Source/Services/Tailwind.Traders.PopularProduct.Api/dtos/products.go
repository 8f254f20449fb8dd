package dtos

type ProductDTO struct {
	ID int
    Name string
    Price float32
    ImageUrl string
}