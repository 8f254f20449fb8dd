module TaskStatus
  class CheckProviderAnswers < Base
    # Check your answers validation/completion logic:
    # Rules:
    #   1. If not all prior sections completed then it is "Not ready yet"
    #   2. If all prior sections completed but CYA page not completed(*1) then it is "Not started"
    #   3. If all prior sections completed and CYA page visited but not completed(*3) then it is "In progress"
    #   4. If all prior sections completed but revisited/changed(*2) and CYA page previously completed(*1) then it is "Review"
    #   5. If all prior sections completed and CYA page completed(*1) then it is "Completed"
    #
    # *1 "Save and continue[d]" will be considered to make the CYA "completed"
    # *2 For simplicity and/or MVP i think it will be better to simply rely on having revisited a page following a CYA page to make CYA need review again as determining if any field in any of the forms may have changed later than the CYA page was completed will be complex
    # *3 "Save and come back later/Save and got to task list" will be considered to make the CYA "In progress"
    #

  private

    def perform(status)
      status.not_ready!
      status.not_started! if not_started?
      status.in_progress! if in_progress?
      status.review! if review?
      status.completed! if completed?
    end

    def not_started?
      return @not_started if defined?(@not_started)

      @not_started = startable? && !application.reviewed?(:check_provider_answers)
    end

    def in_progress?
      return @in_progress if defined?(@in_progress)

      @in_progress = startable? && application.review_in_progress?(:check_provider_answers)
    end

    def review?
      return @review if defined?(@review)

      @review = startable? && application.requires_review?(:check_provider_answers)
    end

    def completed?
      return @completed if defined?(@completed)

      @completed = startable? && application.review_completed?(:check_provider_answers)
    end

    def startable?
      return @startable if defined?(@startable)

      @startable = previous_tasks_completed?
    end

    def previous_task_status_items
      @previous_task_status_items ||= application.non_means_tested? ? non_means_tested_items : means_tested_items
    end

    def means_tested_items
      [
        Applicants,
        MakeLink,
        ProceedingsTypes,
        Partner,
      ]
    end

    def non_means_tested_items
      [
        Applicants,
        MakeLink,
        ProceedingsTypes,
      ]
    end
  end
end
