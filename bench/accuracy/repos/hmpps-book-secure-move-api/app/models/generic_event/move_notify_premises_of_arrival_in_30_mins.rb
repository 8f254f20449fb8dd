class GenericEvent
  class MoveNotifyPremisesOfArrivalIn30Mins < GenericEvent
    eventable_types 'Move'
  end
end
