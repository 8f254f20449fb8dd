class GenericEvent
  class MoveRequested < GenericEvent
    eventable_types 'Move'
  end
end
