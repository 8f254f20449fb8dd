module liveness_probe

go 1.13
