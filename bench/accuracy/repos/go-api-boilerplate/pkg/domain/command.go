package domain

// Command type
type Command interface {
	GetName() string
}
