//! Semantic command capture gRPC service types.

tonic::include_proto!("semantic");
