# This file should contain all the record creation needed to seed the database with its default values.
# The data can then be loaded with the rails db:seed command (or created alongside the database with db:setup).
#
# Examples:
#
#   movies = Movie.create([{ name: 'Star Wars' }, { name: 'Lord of the Rings' }])
#   Character.create(name: 'Luke', movie: movies.first)
Rails.logger.info "Seeding started"
Seeder = Dibber::Seeder
Seeder.monitor AdminUser
Seeder.monitor Permission
Seeder.monitor ActorPermission
Seeder.monitor Office
Seeder.monitor Firm
Seeder.monitor Provider
Seeder.monitor DocumentCategory

Rails.root.glob("db/seeds/*.rb").each do |seed|
  load seed
end

Rails.logger.info Seeder.report.join("\n")
Rails.logger.info "Seeding completed"
