variable "project" {}
variable "user" {}
variable "region" {}
variable "firebase_location" {}

variable "billing_account" {
  description = "Billing account display name"
}

variable "repository_name" {
  default = "wild-workouts"
}
