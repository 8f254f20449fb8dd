package eventstore

import (
	"testing"
)

func TestNew(t *testing.T) {
	// mongoClient, err := mongo.Connect(context.Background(), options.Client().ApplyURI(""))
	// if err != nil {
	// 	panic(fmt.Errorf("couldn't connect to Mongo: %w", err))
	// }
	// mongoDB := mongoClient.Database("go-api-boilerplate")
	//
	// store := New("test", mongoDB)
	//
	// if store == nil {
	// 	t.Fail()
	// }
}
