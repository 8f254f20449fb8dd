module CFE
  module V5
    class Result < CFE::V4::Result
    end
  end
end
