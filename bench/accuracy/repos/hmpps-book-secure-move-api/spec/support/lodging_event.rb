RSpec.shared_examples 'a lodging event' do
  it_behaves_like 'an event with eventable types', 'Lodging'
end
