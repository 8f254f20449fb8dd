RSpec.shared_examples 'a move event' do
  it_behaves_like 'an event with eventable types', 'Move'
end
