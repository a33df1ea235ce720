/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ChatRoomFields on ChatRoom {\n    id\n    key\n    kind\n    name\n    description\n    visibility\n    slowModeSeconds\n    lastSeq\n    memberCount\n    membership\n    canModerate\n    myRestriction {\n      kind\n      until\n      reason\n    }\n  }\n": typeof types.ChatRoomFieldsFragmentDoc,
    "\n  fragment ChatMessageFields on ChatMessage {\n    id\n    roomId\n    seq\n    clientId\n    text\n    status\n    statusReason\n    createdAt\n    modSeq\n    mine\n    author {\n      id\n      displayName\n      handle\n      badge\n    }\n  }\n": typeof types.ChatMessageFieldsFragmentDoc,
    "\n  query ChatRooms($first: Int, $after: String, $includeAll: Boolean) {\n    chatRooms(first: $first, after: $after, includeAll: $includeAll) {\n      rooms {\n        ...ChatRoomFields\n      }\n      hasMore\n      endCursor\n    }\n  }\n": typeof types.ChatRoomsDocument,
    "\n  query ChatRoom($id: ID!) {\n    chatRoom(id: $id) {\n      ...ChatRoomFields\n    }\n  }\n": typeof types.ChatRoomDocument,
    "\n  mutation JoinChatRoom($roomId: ID!) {\n    joinChatRoom(roomId: $roomId) {\n      ...ChatRoomFields\n    }\n  }\n": typeof types.JoinChatRoomDocument,
    "\n  mutation LeaveChatRoom($roomId: ID!) {\n    leaveChatRoom(roomId: $roomId)\n  }\n": typeof types.LeaveChatRoomDocument,
    "\n  query ChatHistory($roomId: ID!, $last: Int, $before: String) {\n    chatMessages(roomId: $roomId, last: $last, before: $before) {\n      messages {\n        ...ChatMessageFields\n      }\n      hasOlder\n      olderCursor\n    }\n  }\n": typeof types.ChatHistoryDocument,
    "\n  query MyHeldChatMessages($roomId: ID!) {\n    myHeldChatMessages(roomId: $roomId) {\n      ...ChatMessageFields\n    }\n  }\n": typeof types.MyHeldChatMessagesDocument,
    "\n  mutation ReportChatMessage($input: ReportChatMessageInput!) {\n    reportChatMessage(input: $input) {\n      received\n      hiddenPendingReview\n    }\n  }\n": typeof types.ReportChatMessageDocument,
    "\n  query ModerationQueueCount {\n    moderationQueueCount {\n      open\n      urgent\n    }\n  }\n": typeof types.ModerationQueueCountDocument,
    "\n  fragment ModerationItemStateFields on ModerationItemState {\n    itemType\n    itemId\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n    }\n    claim {\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ModerationItemStateFieldsFragmentDoc,
    "\n  mutation AcknowledgeModerationItem($input: ModerationItemInput!) {\n    acknowledgeModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n": typeof types.AcknowledgeModerationItemDocument,
    "\n  mutation ClaimModerationItem($input: ClaimModerationItemInput!) {\n    claimModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n": typeof types.ClaimModerationItemDocument,
    "\n  mutation ReleaseModerationItem($input: ModerationItemInput!) {\n    releaseModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n": typeof types.ReleaseModerationItemDocument,
    "\n  query ModeratorCheckInRequests {\n    moderatorCheckInRequests {\n      id\n      kind\n      urgent\n      createdAt\n      checkInId\n      member {\n        id\n        displayName\n      }\n      state {\n        ...ModerationItemStateFields\n      }\n    }\n  }\n": typeof types.ModeratorCheckInRequestsDocument,
    "\n  mutation ResolveModeratorCheckInRequest($input: ResolveCheckInRequestInput!) {\n    resolveModeratorCheckInRequest(input: $input)\n  }\n": typeof types.ResolveModeratorCheckInRequestDocument,
    "\n  mutation RequestModeratorCheckIn($kind: CrisisKind) {\n    requestModeratorCheckIn(kind: $kind)\n  }\n": typeof types.RequestModeratorCheckInDocument,
    "\n  fragment ModeratorCheckInFields on ModeratorCheckIn {\n    id\n    member {\n      id\n      displayName\n    }\n    messages {\n      id\n      seq\n      clientId\n      fromModerator\n      text\n      createdAt\n      mine\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ModeratorCheckInFieldsFragmentDoc,
    "\n  mutation OpenModeratorCheckIn($input: ModerationItemInput!) {\n    openModeratorCheckIn(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenModeratorCheckInDocument,
    "\n  query ModeratorCheckIn($id: ID!) {\n    moderatorCheckIn(id: $id) {\n      ...ModeratorCheckInFields\n    }\n  }\n": typeof types.ModeratorCheckInDocument,
    "\n  query MyModeratorCheckIn {\n    myModeratorCheckIn {\n      ...ModeratorCheckInFields\n    }\n  }\n": typeof types.MyModeratorCheckInDocument,
    "\n  query ChatModerationQueue($roomId: ID, $first: Int, $after: String) {\n    chatModerationQueue(roomId: $roomId, first: $first, after: $after) {\n      items {\n        roomName\n        urgent\n        crisis\n        reportCount\n        reports {\n          reason\n          note\n          createdAt\n        }\n        message {\n          ...ChatMessageFields\n        }\n        state {\n          ...ModerationItemStateFields\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n": typeof types.ChatModerationQueueDocument,
    "\n  mutation ModerateChatMessage($input: ModerateChatMessageInput!) {\n    moderateChatMessage(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ModerateChatMessageDocument,
    "\n  mutation TimeoutChatMember($input: TimeoutChatMemberInput!) {\n    timeoutChatMember(input: $input) {\n      id\n      until\n    }\n  }\n": typeof types.TimeoutChatMemberDocument,
    "\n  mutation BanChatMember($input: ChatMemberActionInput!) {\n    banChatMember(input: $input) {\n      id\n    }\n  }\n": typeof types.BanChatMemberDocument,
    "\n  mutation LiftChatSanction($input: ChatMemberActionInput!) {\n    liftChatSanction(input: $input)\n  }\n": typeof types.LiftChatSanctionDocument,
    "\n  mutation SetChatSlowMode($input: SetChatSlowModeInput!) {\n    setChatSlowMode(input: $input) {\n      id\n      slowModeSeconds\n    }\n  }\n": typeof types.SetChatSlowModeDocument,
    "\n  query ChatSanctions($roomId: ID!) {\n    chatSanctions(roomId: $roomId) {\n      id\n      kind\n      until\n      reason\n      createdAt\n      member {\n        id\n        displayName\n        handle\n        badge\n      }\n      createdBy {\n        id\n        displayName\n        handle\n        badge\n      }\n    }\n  }\n": typeof types.ChatSanctionsDocument,
    "\n  query ChatFilters($roomId: ID) {\n    chatFilters(roomId: $roomId) {\n      id\n      roomId\n      pattern\n      kind\n      action\n      createdAt\n    }\n  }\n": typeof types.ChatFiltersDocument,
    "\n  mutation AddChatFilter($input: AddChatFilterInput!) {\n    addChatFilter(input: $input) {\n      id\n    }\n  }\n": typeof types.AddChatFilterDocument,
    "\n  mutation RemoveChatFilter($input: RemoveChatFilterInput!) {\n    removeChatFilter(input: $input)\n  }\n": typeof types.RemoveChatFilterDocument,
    "\n  query ChatAuditLog($roomId: ID, $first: Int, $after: String) {\n    chatAuditLog(roomId: $roomId, first: $first, after: $after) {\n      entries {\n        id\n        at\n        action\n        reason\n        details\n        roomId\n        targetMessageId\n        actor {\n          id\n          displayName\n          handle\n          badge\n        }\n        targetMember {\n          id\n          displayName\n          handle\n          badge\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n": typeof types.ChatAuditLogDocument,
    "\n  query CrisisSponsor {\n    mySponsorships(statuses: [ACTIVE]) {\n      id\n      myRole\n      other {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CrisisSponsorDocument,
    "\n  query CrisisMeetings($filter: MeetingFilter!) {\n    meetings(filter: $filter, first: 5) {\n      edges {\n        node {\n          id\n          name\n          online {\n            url\n            phone\n          }\n          upcoming(count: 1) {\n            start\n            inProgress\n            startsInMinutes\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrisisMeetingsDocument,
    "\n  query UnreadCounts {\n    mySponsorships {\n      id\n      unreadCount\n    }\n    sponsorshipNotifications(first: 1) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadCountsDocument,
    "\n  query RealtimeTokenCheck {\n    me {\n      id\n    }\n  }\n": typeof types.RealtimeTokenCheckDocument,
    "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    handle\n    role\n    bio\n    locale\n    timeZone\n    emailVerified\n    createdAt\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresIn\n      account {\n        ...AccountFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      account {\n        ...AccountFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n": typeof types.RegisterDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SaveLocale($locale: String!) {\n    updateProfile(input: { locale: $locale }) {\n      ...AccountFields\n    }\n  }\n": typeof types.SaveLocaleDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerification {\n    resendVerification\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...AccountFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query PushSettings {\n    pushSettings {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n": typeof types.PushSettingsDocument,
    "\n  mutation SubscribePush($subscription: PushSubscriptionInput!) {\n    subscribePush(subscription: $subscription) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n": typeof types.SubscribePushDocument,
    "\n  mutation UnsubscribePush($endpoint: String!) {\n    unsubscribePush(endpoint: $endpoint) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n": typeof types.UnsubscribePushDocument,
    "\n  mutation SetPushKind($kind: PushKind!, $enabled: Boolean!) {\n    setPushKind(kind: $kind, enabled: $enabled) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n": typeof types.SetPushKindDocument,
    "\n  query AdminMeetings($filter: MeetingFilter, $after: String) {\n    meetings(filter: $filter, first: 25, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          published\n          attendance\n          days\n          startTime\n          timeZone\n          canEdit\n          program {\n            code\n          }\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminMeetingsDocument,
    "\n  query MeetingForEdit($id: ID!) {\n    meeting(id: $id) {\n      id\n      name\n      notes\n      attendance\n      days\n      startTime\n      endTime\n      timeZone\n      published\n      regions\n      program {\n        code\n      }\n      group {\n        id\n      }\n      types(language: \"en\") {\n        code\n      }\n      location {\n        venue\n        address\n        city\n        state\n        postalCode\n        country\n        formattedAddress\n        notes\n        latitude\n        longitude\n      }\n      overrides {\n        field\n        sourceValue\n      }\n      online {\n        url\n        urlNotes\n        phone\n        phoneNotes\n      }\n    }\n  }\n": typeof types.MeetingForEditDocument,
    "\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation SetMeetingPublished($id: ID!, $published: Boolean!) {\n    setMeetingPublished(id: $id, published: $published) {\n      id\n      published\n    }\n  }\n": typeof types.SetMeetingPublishedDocument,
    "\n  mutation DeleteMeeting($id: ID!) {\n    deleteMeeting(id: $id)\n  }\n": typeof types.DeleteMeetingDocument,
    "\n  mutation ImportMeetings($input: ImportMeetingsInput!) {\n    importMeetings(input: $input) {\n      applied\n      dryRun\n      format\n      source\n      programCode\n      meetings\n      created\n      updated\n      unchanged\n      unpublished\n      skipped\n      errors\n      warnings\n      problems {\n        row\n        field\n        message\n        severity\n      }\n    }\n  }\n": typeof types.ImportMeetingsDocument,
    "\n  query MeetingImports {\n    meetingImports {\n      source\n      format\n      created\n      updated\n      unchanged\n      unpublished\n      importedAt\n    }\n    recoveryPrograms {\n      code\n      name\n    }\n  }\n": typeof types.MeetingImportsDocument,
    "\n  query MeetingFormOptions($language: String!) {\n    recoveryPrograms {\n      code\n      name\n    }\n    meetingTypes(language: $language, inUse: false) {\n      code\n      name\n    }\n  }\n": typeof types.MeetingFormOptionsDocument,
    "\n  query TimeZoneAt($latitude: Float!, $longitude: Float!) {\n    timeZoneAt(latitude: $latitude, longitude: $longitude)\n  }\n": typeof types.TimeZoneAtDocument,
    "\n  fragment MeetingCardFields on Meeting {\n    id\n    name\n    attendance\n    days\n    startTime\n    endTime\n    timeZone\n    saved\n    program {\n      code\n      name\n    }\n    types(language: $language) {\n      code\n      name\n    }\n    location {\n      venue\n      formattedAddress\n      latitude\n      longitude\n      approximate\n      active\n    }\n    online {\n      provider\n      url\n      phone\n    }\n    upcoming(count: 1) {\n      start\n      end\n      inProgress\n      startsInMinutes\n    }\n  }\n": typeof types.MeetingCardFieldsFragmentDoc,
    "\n  query FindMeetings($filter: MeetingFilter, $first: Int, $after: String, $language: String!) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      radiusKm\n      widened\n      requestedRadiusKm\n      widenedToKm\n      nothingNear\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        distanceKm\n        distanceMiles\n        node {\n          ...MeetingCardFields\n        }\n      }\n    }\n  }\n": typeof types.FindMeetingsDocument,
    "\n  query FinderOptions($language: String!) {\n    recoveryPrograms {\n      code\n      name\n    }\n    meetingTypes(language: $language, inUse: true) {\n      code\n      name\n    }\n  }\n": typeof types.FinderOptionsDocument,
    "\n  query Places($query: String!, $first: Int) {\n    places(query: $query, first: $first) {\n      name\n      region\n      country\n      kind\n      latitude\n      longitude\n      meetings\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  query MeetingPage($id: ID!, $language: String!) {\n    meeting(id: $id) {\n      id\n      name\n      notes\n      attendance\n      days\n      startTime\n      endTime\n      durationMinutes\n      timeZone\n      regions\n      url\n      feedbackUrl\n      published\n      chatRoomKey\n      icsPath\n      saved\n      canEdit\n      program {\n        code\n        name\n      }\n      group {\n        id\n        name\n      }\n      types(language: $language) {\n        code\n        name\n      }\n      location {\n        venue\n        formattedAddress\n        notes\n        latitude\n        longitude\n        approximate\n        active\n        directionsUrl\n      }\n      online {\n        url\n        provider\n        urlNotes\n        phone\n        phoneNotes\n      }\n      upcoming(count: 7) {\n        start\n        end\n        inProgress\n        startsInMinutes\n      }\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  mutation SaveMeeting($id: ID!) {\n    saveMeeting(meetingId: $id) {\n      id\n      saved\n    }\n  }\n": typeof types.SaveMeetingDocument,
    "\n  mutation UnsaveMeeting($id: ID!) {\n    unsaveMeeting(meetingId: $id)\n  }\n": typeof types.UnsaveMeetingDocument,
    "\n  query GroupPage($id: ID!, $language: String!) {\n    meetingGroup(id: $id) {\n      id\n      name\n      notes\n      regions\n      chatRoomKey\n      canManage\n      program {\n        code\n        name\n      }\n      meetings {\n        ...MeetingCardFields\n      }\n    }\n  }\n": typeof types.GroupPageDocument,
    "\n  query MyHomeGroup {\n    myHomeGroup {\n      id\n      name\n    }\n  }\n": typeof types.MyHomeGroupDocument,
    "\n  mutation SetHomeGroup($groupId: ID) {\n    setHomeGroup(groupId: $groupId) {\n      id\n      name\n    }\n  }\n": typeof types.SetHomeGroupDocument,
    "\n  mutation ContactGroup($input: ContactGroupInput!) {\n    contactMeetingGroup(input: $input)\n  }\n": typeof types.ContactGroupDocument,
    "\n  query GroupMessages($groupId: ID!) {\n    meetingGroupMessages(groupId: $groupId, first: 50) {\n      id\n      senderName\n      body\n      sentAt\n    }\n  }\n": typeof types.GroupMessagesDocument,
    "\n  query MyMeetings($language: String!) {\n    mySavedMeetings {\n      ...MeetingCardFields\n      week: upcoming(count: 7) {\n        start\n        end\n        inProgress\n        startsInMinutes\n      }\n    }\n    myHomeGroup {\n      id\n      name\n    }\n    myCalendarFeed {\n      createdAt\n    }\n  }\n": typeof types.MyMeetingsDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  mutation OpenMeetingChatRoom($key: String!) {\n    openChatRoom(key: $key) {\n      id\n    }\n  }\n": typeof types.OpenMeetingChatRoomDocument,
    "\n  query MyMeetingReminderSettings {\n    myMeetingReminderSettings {\n      meetingId\n      minutesBefore\n    }\n  }\n": typeof types.MyMeetingReminderSettingsDocument,
    "\n  mutation SetMeetingReminder($meetingId: ID!, $minutesBefore: Int) {\n    setMeetingReminder(meetingId: $meetingId, minutesBefore: $minutesBefore)\n  }\n": typeof types.SetMeetingReminderDocument,
    "\n  query AdminJobsStatus {\n    adminJobsStatus {\n      working\n      queues {\n        name\n        schedule\n        waiting\n        active\n        completed\n        failed\n        lastCompletedAt\n        lastFailedAt\n        lastError\n      }\n      failures {\n        queue\n        jobId\n        attempts\n        failedAt\n        error\n      }\n    }\n  }\n": typeof types.AdminJobsStatusDocument,
    "\n  query MyWeeklyDigest {\n    me {\n      id\n      weeklyDigest\n    }\n  }\n": typeof types.MyWeeklyDigestDocument,
    "\n  mutation SetWeeklyDigest($enabled: Boolean!) {\n    setWeeklyDigest(enabled: $enabled)\n  }\n": typeof types.SetWeeklyDigestDocument,
    "\n  query MeetingSources {\n    meetingSources {\n      id\n      url\n      source\n      kind\n      serviceBodyIds\n      graceDays\n      everyHours\n      fetchUrl\n      programCode\n      nextRunAt\n      lastRunAt\n      lastResult\n    }\n  }\n": typeof types.MeetingSourcesDocument,
    "\n  query MeetingSourceRuns($sourceId: ID!) {\n    meetingSourceRuns(sourceId: $sourceId, limit: 20) {\n      id\n      startedAt\n      finishedAt\n      status\n      forced\n      added\n      updated\n      unchanged\n      missing\n      unpublished\n      republished\n      error\n      rowErrors {\n        row\n        field\n        message\n      }\n    }\n  }\n": typeof types.MeetingSourceRunsDocument,
    "\n  mutation AddMeetingSource($input: MeetingSourceInput!) {\n    addMeetingSource(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMeetingSourceDocument,
    "\n  mutation UpdateMeetingSource($id: ID!, $input: MeetingSourceInput!) {\n    updateMeetingSource(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateMeetingSourceDocument,
    "\n  mutation SyncMeetingSource($id: ID!, $force: Boolean) {\n    syncMeetingSource(id: $id, force: $force) {\n      id\n      status\n      error\n    }\n  }\n": typeof types.SyncMeetingSourceDocument,
    "\n  mutation ClearMeetingOverride($meetingId: ID!, $field: String!) {\n    clearMeetingOverride(meetingId: $meetingId, field: $field) {\n      id\n      overrides {\n        field\n        sourceValue\n      }\n    }\n  }\n": typeof types.ClearMeetingOverrideDocument,
    "\n  fragment SponsorshipWindowFields on WeeklyWindow {\n    day\n    startMinute\n    endMinute\n  }\n": typeof types.SponsorshipWindowFieldsFragmentDoc,
    "\n  fragment SponsorshipFields on Sponsorship {\n    id\n    myRole\n    status\n    program\n    kind\n    temporary\n    requestMessage\n    declineReason\n    endReason\n    endedByMe\n    requestedAt\n    startedAt\n    endedAt\n    checkInDue\n    checkInDueAt\n    lastSeq\n    myReadSeq\n    otherReadSeq\n    unreadCount\n    other {\n      id\n      displayName\n      handle\n      badge\n      bio\n    }\n  }\n": typeof types.SponsorshipFieldsFragmentDoc,
    "\n  query SeekerPreferences {\n    mySeekerPreferences {\n      program\n      languages\n      gender\n      preferredGenders\n      onMat\n      remoteOnly\n      timeZone\n      homeGroupId\n      meetingIds\n      area {\n        latitude\n        longitude\n      }\n      availability {\n        ...SponsorshipWindowFields\n      }\n    }\n    sponsorshipRules {\n      program\n      kind\n      minCleanDays\n    }\n  }\n": typeof types.SeekerPreferencesDocument,
    "\n  mutation SaveSeekerPreferences($input: SeekerPreferencesInput!) {\n    saveSeekerPreferences(input: $input) {\n      program\n    }\n  }\n": typeof types.SaveSeekerPreferencesDocument,
    "\n  query SponsorMatches($first: Int, $after: String) {\n    sponsorMatches(first: $first, after: $after) {\n      program\n      kind\n      total\n      hasNextPage\n      endCursor\n      candidates {\n        sponsorId\n        displayName\n        handle\n        bio\n        kind\n        programs\n        languages\n        gender\n        matComfortable\n        timeZone\n        openSpots\n        distance\n        score\n        requestPending\n        cleanTime {\n          years\n          months\n        }\n        availability {\n          ...SponsorshipWindowFields\n        }\n        reasons {\n          kind\n          points\n          languages\n          minutes\n          distance\n          count\n          cleanTime {\n            years\n            months\n          }\n        }\n      }\n    }\n  }\n": typeof types.SponsorMatchesDocument,
    "\n  query MySponsorProfile {\n    mySponsorProfile {\n      programs\n      cleanDate\n      languages\n      gender\n      sponsorsGenders\n      timeZone\n      homeGroupId\n      meetingIds\n      matComfortable\n      bio\n      capacity\n      activeSponsees\n      accepting\n      offered\n      cleanTime {\n        years\n        months\n      }\n      area {\n        latitude\n        longitude\n      }\n      availability {\n        ...SponsorshipWindowFields\n      }\n      eligibility {\n        program\n        kind\n        eligible\n        minCleanDays\n        eligibleFrom\n      }\n    }\n  }\n": typeof types.MySponsorProfileDocument,
    "\n  mutation SaveSponsorProfile($input: SponsorProfileInput!) {\n    saveSponsorProfile(input: $input) {\n      offered\n    }\n  }\n": typeof types.SaveSponsorProfileDocument,
    "\n  mutation RemoveSponsorProfile {\n    removeSponsorProfile\n  }\n": typeof types.RemoveSponsorProfileDocument,
    "\n  query MyMeetingsForSponsorship {\n    mySavedMeetings {\n      id\n      name\n    }\n    myHomeGroup {\n      id\n      name\n    }\n  }\n": typeof types.MyMeetingsForSponsorshipDocument,
    "\n  query MySponsorships {\n    mySponsorships {\n      ...SponsorshipFields\n    }\n  }\n": typeof types.MySponsorshipsDocument,
    "\n  query Sponsorship($id: ID!) {\n    sponsorship(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n": typeof types.SponsorshipDocument,
    "\n  mutation RequestSponsorship($input: RequestSponsorshipInput!) {\n    requestSponsorship(input: $input) {\n      ...SponsorshipFields\n    }\n  }\n": typeof types.RequestSponsorshipDocument,
    "\n  mutation AcceptSponsorshipRequest($id: ID!) {\n    acceptSponsorshipRequest(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n": typeof types.AcceptSponsorshipRequestDocument,
    "\n  mutation DeclineSponsorshipRequest($id: ID!, $reason: String) {\n    declineSponsorshipRequest(id: $id, reason: $reason) {\n      ...SponsorshipFields\n    }\n  }\n": typeof types.DeclineSponsorshipRequestDocument,
    "\n  mutation WithdrawSponsorshipRequest($id: ID!) {\n    withdrawSponsorshipRequest(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n": typeof types.WithdrawSponsorshipRequestDocument,
    "\n  mutation EndSponsorship($id: ID!, $reason: String) {\n    endSponsorship(id: $id, reason: $reason) {\n      ...SponsorshipFields\n    }\n  }\n": typeof types.EndSponsorshipDocument,
    "\n  mutation CheckInSponsorship($id: ID!, $makePermanent: Boolean) {\n    checkInSponsorship(id: $id, makePermanent: $makePermanent) {\n      ...SponsorshipFields\n    }\n  }\n": typeof types.CheckInSponsorshipDocument,
    "\n  mutation BlockSponsorshipMember($memberId: ID!) {\n    blockSponsorshipMember(memberId: $memberId)\n  }\n": typeof types.BlockSponsorshipMemberDocument,
    "\n  query SponsorshipNotifications {\n    sponsorshipNotifications(first: 20) {\n      unreadCount\n      notifications {\n        id\n        kind\n        relationshipKind\n        sponsorshipId\n        createdAt\n        read\n        actor {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n": typeof types.SponsorshipNotificationsDocument,
    "\n  mutation MarkSponsorshipNotificationsRead {\n    markSponsorshipNotificationsRead\n  }\n": typeof types.MarkSponsorshipNotificationsReadDocument,
    "\n  query SponsorshipMessages($id: ID!, $before: String) {\n    sponsorshipMessages(sponsorshipId: $id, last: 30, before: $before) {\n      hasOlder\n      olderCursor\n      messages {\n        id\n        sponsorshipId\n        seq\n        senderId\n        clientId\n        text\n        createdAt\n      }\n    }\n  }\n": typeof types.SponsorshipMessagesDocument,
    "\n  query SponsorshipPrograms {\n    recoveryPrograms {\n      code\n      name\n    }\n  }\n": typeof types.SponsorshipProgramsDocument,
    "\n  query MyCheckIns($days: Int!) {\n    myCheckIns(days: $days) {\n      today\n      todayCheckIn {\n        date\n        mood\n        craving\n        note\n      }\n      entries {\n        date\n        mood\n        craving\n        note\n      }\n    }\n  }\n": typeof types.MyCheckInsDocument,
    "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      date\n      mood\n      craving\n      note\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query HelpNow {\n    helpNow {\n      country\n      people {\n        name\n        phone\n        note\n      }\n      sponsor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.HelpNowDocument,
    "\n  query ActiveSponsorships {\n    mySponsorships(statuses: [ACTIVE]) {\n      id\n      myRole\n      other {\n        id\n      }\n    }\n  }\n": typeof types.ActiveSponsorshipsDocument,
    "\n  query MeetingsStartingSoon($filter: MeetingFilter!) {\n    meetings(filter: $filter, first: 5) {\n      edges {\n        node {\n          id\n          name\n          program {\n            code\n            name\n          }\n          online {\n            url\n            phone\n            provider\n          }\n          upcoming(count: 1) {\n            start\n            inProgress\n            startsInMinutes\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingsStartingSoonDocument,
    "\n  fragment PlanFields on RecoveryPlan {\n    warningSigns\n    triggers {\n      people\n      places\n      things\n      feelings\n    }\n    halt {\n      hungry\n      angry\n      lonely\n      tired\n    }\n    copingActions\n    reasons\n    people {\n      name\n      phone\n      note\n    }\n    sponsor {\n      id\n      displayName\n    }\n    updatedAt\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query MyPlan {\n    myPlan {\n      ...PlanFields\n    }\n  }\n": typeof types.MyPlanDocument,
    "\n  mutation SavePlan($input: RecoveryPlanInput!) {\n    savePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.SavePlanDocument,
    "\n  fragment RecoveryFields on MyRecovery {\n    cleanDate\n    country\n    timeZone\n    timeZoneSet\n    cleanTime {\n      today\n      days\n      years\n      months\n      remainderDays\n      latest {\n        key\n        unit\n        amount\n        date\n        daysAgo\n      }\n      next {\n        key\n        unit\n        amount\n        date\n        daysAway\n      }\n    }\n  }\n": typeof types.RecoveryFieldsFragmentDoc,
    "\n  query MyRecovery {\n    myRecovery {\n      ...RecoveryFields\n    }\n  }\n": typeof types.MyRecoveryDocument,
    "\n  mutation SetCleanDate($cleanDate: String!) {\n    setCleanDate(cleanDate: $cleanDate) {\n      ...RecoveryFields\n    }\n  }\n": typeof types.SetCleanDateDocument,
    "\n  mutation ClearCleanDate {\n    clearCleanDate {\n      ...RecoveryFields\n    }\n  }\n": typeof types.ClearCleanDateDocument,
    "\n  mutation SetRecoveryCountry($country: String!) {\n    setRecoveryCountry(country: $country) {\n      ...RecoveryFields\n    }\n  }\n": typeof types.SetRecoveryCountryDocument,
    "\n  mutation SaveTimeZone($timeZone: String!) {\n    updateProfile(input: { timeZone: $timeZone }) {\n      ...AccountFields\n    }\n  }\n": typeof types.SaveTimeZoneDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    title\n    summary\n    body\n    steps\n    programs\n    kind\n    language\n    country\n    url\n    phone\n    textNumber\n    tty\n    sourceUrl\n    worksheetKind\n  }\n": typeof types.ResourceFieldsFragmentDoc,
    "\n  query SearchResources(\n    $query: String\n    $programs: [ResourceProgram!]\n    $kinds: [ResourceKind!]\n    $language: String\n    $country: String\n    $first: Int!\n    $after: String\n  ) {\n    resources(\n      query: $query\n      programs: $programs\n      kinds: $kinds\n      language: $language\n      country: $country\n      first: $first\n      after: $after\n    ) {\n      total\n      hasNextPage\n      endCursor\n      resources {\n        ...ResourceFields\n      }\n    }\n  }\n": typeof types.SearchResourcesDocument,
    "\n  fragment WorksheetFields on Worksheet {\n    id\n    kind\n    title\n    mine\n    owner {\n      id\n      displayName\n    }\n    sharedWith {\n      id\n      displayName\n    }\n    visibleToSponsor\n    updatedAt\n    costBenefit {\n      behavior\n      usingBenefits\n      usingCosts\n      notUsingBenefits\n      notUsingCosts\n      reflection\n    }\n    abc {\n      activatingEvent\n      beliefs\n      consequences\n      disputing\n      effectiveBeliefs\n    }\n    changePlan {\n      changes\n      reasons\n      steps\n      helpers\n      signsOfSuccess\n      obstacles\n    }\n  }\n": typeof types.WorksheetFieldsFragmentDoc,
    "\n  query WorksheetLists {\n    myWorksheets {\n      id\n      kind\n      title\n      updatedAt\n      visibleToSponsor\n      sharedWith {\n        id\n        displayName\n      }\n    }\n    worksheetsSharedWithMe {\n      id\n      kind\n      title\n      updatedAt\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.WorksheetListsDocument,
    "\n  query Worksheet($id: ID!) {\n    worksheet(id: $id) {\n      ...WorksheetFields\n    }\n  }\n": typeof types.WorksheetDocument,
    "\n  mutation SaveCostBenefit($input: CostBenefitInput!) {\n    saveCostBenefit(input: $input) {\n      ...WorksheetFields\n    }\n  }\n": typeof types.SaveCostBenefitDocument,
    "\n  mutation SaveAbc($input: AbcInput!) {\n    saveAbc(input: $input) {\n      ...WorksheetFields\n    }\n  }\n": typeof types.SaveAbcDocument,
    "\n  mutation SaveChangePlan($input: ChangePlanInput!) {\n    saveChangePlan(input: $input) {\n      ...WorksheetFields\n    }\n  }\n": typeof types.SaveChangePlanDocument,
    "\n  mutation ShareWorksheet($id: ID!, $shared: Boolean!) {\n    shareWorksheet(id: $id, shared: $shared) {\n      ...WorksheetFields\n    }\n  }\n": typeof types.ShareWorksheetDocument,
    "\n  mutation DeleteWorksheet($id: ID!) {\n    deleteWorksheet(id: $id)\n  }\n": typeof types.DeleteWorksheetDocument,
};
const documents: Documents = {
    "\n  fragment ChatRoomFields on ChatRoom {\n    id\n    key\n    kind\n    name\n    description\n    visibility\n    slowModeSeconds\n    lastSeq\n    memberCount\n    membership\n    canModerate\n    myRestriction {\n      kind\n      until\n      reason\n    }\n  }\n": types.ChatRoomFieldsFragmentDoc,
    "\n  fragment ChatMessageFields on ChatMessage {\n    id\n    roomId\n    seq\n    clientId\n    text\n    status\n    statusReason\n    createdAt\n    modSeq\n    mine\n    author {\n      id\n      displayName\n      handle\n      badge\n    }\n  }\n": types.ChatMessageFieldsFragmentDoc,
    "\n  query ChatRooms($first: Int, $after: String, $includeAll: Boolean) {\n    chatRooms(first: $first, after: $after, includeAll: $includeAll) {\n      rooms {\n        ...ChatRoomFields\n      }\n      hasMore\n      endCursor\n    }\n  }\n": types.ChatRoomsDocument,
    "\n  query ChatRoom($id: ID!) {\n    chatRoom(id: $id) {\n      ...ChatRoomFields\n    }\n  }\n": types.ChatRoomDocument,
    "\n  mutation JoinChatRoom($roomId: ID!) {\n    joinChatRoom(roomId: $roomId) {\n      ...ChatRoomFields\n    }\n  }\n": types.JoinChatRoomDocument,
    "\n  mutation LeaveChatRoom($roomId: ID!) {\n    leaveChatRoom(roomId: $roomId)\n  }\n": types.LeaveChatRoomDocument,
    "\n  query ChatHistory($roomId: ID!, $last: Int, $before: String) {\n    chatMessages(roomId: $roomId, last: $last, before: $before) {\n      messages {\n        ...ChatMessageFields\n      }\n      hasOlder\n      olderCursor\n    }\n  }\n": types.ChatHistoryDocument,
    "\n  query MyHeldChatMessages($roomId: ID!) {\n    myHeldChatMessages(roomId: $roomId) {\n      ...ChatMessageFields\n    }\n  }\n": types.MyHeldChatMessagesDocument,
    "\n  mutation ReportChatMessage($input: ReportChatMessageInput!) {\n    reportChatMessage(input: $input) {\n      received\n      hiddenPendingReview\n    }\n  }\n": types.ReportChatMessageDocument,
    "\n  query ModerationQueueCount {\n    moderationQueueCount {\n      open\n      urgent\n    }\n  }\n": types.ModerationQueueCountDocument,
    "\n  fragment ModerationItemStateFields on ModerationItemState {\n    itemType\n    itemId\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n    }\n    claim {\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n": types.ModerationItemStateFieldsFragmentDoc,
    "\n  mutation AcknowledgeModerationItem($input: ModerationItemInput!) {\n    acknowledgeModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n": types.AcknowledgeModerationItemDocument,
    "\n  mutation ClaimModerationItem($input: ClaimModerationItemInput!) {\n    claimModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n": types.ClaimModerationItemDocument,
    "\n  mutation ReleaseModerationItem($input: ModerationItemInput!) {\n    releaseModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n": types.ReleaseModerationItemDocument,
    "\n  query ModeratorCheckInRequests {\n    moderatorCheckInRequests {\n      id\n      kind\n      urgent\n      createdAt\n      checkInId\n      member {\n        id\n        displayName\n      }\n      state {\n        ...ModerationItemStateFields\n      }\n    }\n  }\n": types.ModeratorCheckInRequestsDocument,
    "\n  mutation ResolveModeratorCheckInRequest($input: ResolveCheckInRequestInput!) {\n    resolveModeratorCheckInRequest(input: $input)\n  }\n": types.ResolveModeratorCheckInRequestDocument,
    "\n  mutation RequestModeratorCheckIn($kind: CrisisKind) {\n    requestModeratorCheckIn(kind: $kind)\n  }\n": types.RequestModeratorCheckInDocument,
    "\n  fragment ModeratorCheckInFields on ModeratorCheckIn {\n    id\n    member {\n      id\n      displayName\n    }\n    messages {\n      id\n      seq\n      clientId\n      fromModerator\n      text\n      createdAt\n      mine\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.ModeratorCheckInFieldsFragmentDoc,
    "\n  mutation OpenModeratorCheckIn($input: ModerationItemInput!) {\n    openModeratorCheckIn(input: $input) {\n      id\n    }\n  }\n": types.OpenModeratorCheckInDocument,
    "\n  query ModeratorCheckIn($id: ID!) {\n    moderatorCheckIn(id: $id) {\n      ...ModeratorCheckInFields\n    }\n  }\n": types.ModeratorCheckInDocument,
    "\n  query MyModeratorCheckIn {\n    myModeratorCheckIn {\n      ...ModeratorCheckInFields\n    }\n  }\n": types.MyModeratorCheckInDocument,
    "\n  query ChatModerationQueue($roomId: ID, $first: Int, $after: String) {\n    chatModerationQueue(roomId: $roomId, first: $first, after: $after) {\n      items {\n        roomName\n        urgent\n        crisis\n        reportCount\n        reports {\n          reason\n          note\n          createdAt\n        }\n        message {\n          ...ChatMessageFields\n        }\n        state {\n          ...ModerationItemStateFields\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n": types.ChatModerationQueueDocument,
    "\n  mutation ModerateChatMessage($input: ModerateChatMessageInput!) {\n    moderateChatMessage(input: $input) {\n      id\n      status\n    }\n  }\n": types.ModerateChatMessageDocument,
    "\n  mutation TimeoutChatMember($input: TimeoutChatMemberInput!) {\n    timeoutChatMember(input: $input) {\n      id\n      until\n    }\n  }\n": types.TimeoutChatMemberDocument,
    "\n  mutation BanChatMember($input: ChatMemberActionInput!) {\n    banChatMember(input: $input) {\n      id\n    }\n  }\n": types.BanChatMemberDocument,
    "\n  mutation LiftChatSanction($input: ChatMemberActionInput!) {\n    liftChatSanction(input: $input)\n  }\n": types.LiftChatSanctionDocument,
    "\n  mutation SetChatSlowMode($input: SetChatSlowModeInput!) {\n    setChatSlowMode(input: $input) {\n      id\n      slowModeSeconds\n    }\n  }\n": types.SetChatSlowModeDocument,
    "\n  query ChatSanctions($roomId: ID!) {\n    chatSanctions(roomId: $roomId) {\n      id\n      kind\n      until\n      reason\n      createdAt\n      member {\n        id\n        displayName\n        handle\n        badge\n      }\n      createdBy {\n        id\n        displayName\n        handle\n        badge\n      }\n    }\n  }\n": types.ChatSanctionsDocument,
    "\n  query ChatFilters($roomId: ID) {\n    chatFilters(roomId: $roomId) {\n      id\n      roomId\n      pattern\n      kind\n      action\n      createdAt\n    }\n  }\n": types.ChatFiltersDocument,
    "\n  mutation AddChatFilter($input: AddChatFilterInput!) {\n    addChatFilter(input: $input) {\n      id\n    }\n  }\n": types.AddChatFilterDocument,
    "\n  mutation RemoveChatFilter($input: RemoveChatFilterInput!) {\n    removeChatFilter(input: $input)\n  }\n": types.RemoveChatFilterDocument,
    "\n  query ChatAuditLog($roomId: ID, $first: Int, $after: String) {\n    chatAuditLog(roomId: $roomId, first: $first, after: $after) {\n      entries {\n        id\n        at\n        action\n        reason\n        details\n        roomId\n        targetMessageId\n        actor {\n          id\n          displayName\n          handle\n          badge\n        }\n        targetMember {\n          id\n          displayName\n          handle\n          badge\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n": types.ChatAuditLogDocument,
    "\n  query CrisisSponsor {\n    mySponsorships(statuses: [ACTIVE]) {\n      id\n      myRole\n      other {\n        id\n        displayName\n      }\n    }\n  }\n": types.CrisisSponsorDocument,
    "\n  query CrisisMeetings($filter: MeetingFilter!) {\n    meetings(filter: $filter, first: 5) {\n      edges {\n        node {\n          id\n          name\n          online {\n            url\n            phone\n          }\n          upcoming(count: 1) {\n            start\n            inProgress\n            startsInMinutes\n          }\n        }\n      }\n    }\n  }\n": types.CrisisMeetingsDocument,
    "\n  query UnreadCounts {\n    mySponsorships {\n      id\n      unreadCount\n    }\n    sponsorshipNotifications(first: 1) {\n      unreadCount\n    }\n  }\n": types.UnreadCountsDocument,
    "\n  query RealtimeTokenCheck {\n    me {\n      id\n    }\n  }\n": types.RealtimeTokenCheckDocument,
    "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    handle\n    role\n    bio\n    locale\n    timeZone\n    emailVerified\n    createdAt\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresIn\n      account {\n        ...AccountFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      account {\n        ...AccountFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n": types.RegisterDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SaveLocale($locale: String!) {\n    updateProfile(input: { locale: $locale }) {\n      ...AccountFields\n    }\n  }\n": types.SaveLocaleDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerification {\n    resendVerification\n  }\n": types.ResendVerificationDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...AccountFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": types.DeleteAccountDocument,
    "\n  query PushSettings {\n    pushSettings {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n": types.PushSettingsDocument,
    "\n  mutation SubscribePush($subscription: PushSubscriptionInput!) {\n    subscribePush(subscription: $subscription) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n": types.SubscribePushDocument,
    "\n  mutation UnsubscribePush($endpoint: String!) {\n    unsubscribePush(endpoint: $endpoint) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n": types.UnsubscribePushDocument,
    "\n  mutation SetPushKind($kind: PushKind!, $enabled: Boolean!) {\n    setPushKind(kind: $kind, enabled: $enabled) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n": types.SetPushKindDocument,
    "\n  query AdminMeetings($filter: MeetingFilter, $after: String) {\n    meetings(filter: $filter, first: 25, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          published\n          attendance\n          days\n          startTime\n          timeZone\n          canEdit\n          program {\n            code\n          }\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminMeetingsDocument,
    "\n  query MeetingForEdit($id: ID!) {\n    meeting(id: $id) {\n      id\n      name\n      notes\n      attendance\n      days\n      startTime\n      endTime\n      timeZone\n      published\n      regions\n      program {\n        code\n      }\n      group {\n        id\n      }\n      types(language: \"en\") {\n        code\n      }\n      location {\n        venue\n        address\n        city\n        state\n        postalCode\n        country\n        formattedAddress\n        notes\n        latitude\n        longitude\n      }\n      overrides {\n        field\n        sourceValue\n      }\n      online {\n        url\n        urlNotes\n        phone\n        phoneNotes\n      }\n    }\n  }\n": types.MeetingForEditDocument,
    "\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation SetMeetingPublished($id: ID!, $published: Boolean!) {\n    setMeetingPublished(id: $id, published: $published) {\n      id\n      published\n    }\n  }\n": types.SetMeetingPublishedDocument,
    "\n  mutation DeleteMeeting($id: ID!) {\n    deleteMeeting(id: $id)\n  }\n": types.DeleteMeetingDocument,
    "\n  mutation ImportMeetings($input: ImportMeetingsInput!) {\n    importMeetings(input: $input) {\n      applied\n      dryRun\n      format\n      source\n      programCode\n      meetings\n      created\n      updated\n      unchanged\n      unpublished\n      skipped\n      errors\n      warnings\n      problems {\n        row\n        field\n        message\n        severity\n      }\n    }\n  }\n": types.ImportMeetingsDocument,
    "\n  query MeetingImports {\n    meetingImports {\n      source\n      format\n      created\n      updated\n      unchanged\n      unpublished\n      importedAt\n    }\n    recoveryPrograms {\n      code\n      name\n    }\n  }\n": types.MeetingImportsDocument,
    "\n  query MeetingFormOptions($language: String!) {\n    recoveryPrograms {\n      code\n      name\n    }\n    meetingTypes(language: $language, inUse: false) {\n      code\n      name\n    }\n  }\n": types.MeetingFormOptionsDocument,
    "\n  query TimeZoneAt($latitude: Float!, $longitude: Float!) {\n    timeZoneAt(latitude: $latitude, longitude: $longitude)\n  }\n": types.TimeZoneAtDocument,
    "\n  fragment MeetingCardFields on Meeting {\n    id\n    name\n    attendance\n    days\n    startTime\n    endTime\n    timeZone\n    saved\n    program {\n      code\n      name\n    }\n    types(language: $language) {\n      code\n      name\n    }\n    location {\n      venue\n      formattedAddress\n      latitude\n      longitude\n      approximate\n      active\n    }\n    online {\n      provider\n      url\n      phone\n    }\n    upcoming(count: 1) {\n      start\n      end\n      inProgress\n      startsInMinutes\n    }\n  }\n": types.MeetingCardFieldsFragmentDoc,
    "\n  query FindMeetings($filter: MeetingFilter, $first: Int, $after: String, $language: String!) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      radiusKm\n      widened\n      requestedRadiusKm\n      widenedToKm\n      nothingNear\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        distanceKm\n        distanceMiles\n        node {\n          ...MeetingCardFields\n        }\n      }\n    }\n  }\n": types.FindMeetingsDocument,
    "\n  query FinderOptions($language: String!) {\n    recoveryPrograms {\n      code\n      name\n    }\n    meetingTypes(language: $language, inUse: true) {\n      code\n      name\n    }\n  }\n": types.FinderOptionsDocument,
    "\n  query Places($query: String!, $first: Int) {\n    places(query: $query, first: $first) {\n      name\n      region\n      country\n      kind\n      latitude\n      longitude\n      meetings\n    }\n  }\n": types.PlacesDocument,
    "\n  query MeetingPage($id: ID!, $language: String!) {\n    meeting(id: $id) {\n      id\n      name\n      notes\n      attendance\n      days\n      startTime\n      endTime\n      durationMinutes\n      timeZone\n      regions\n      url\n      feedbackUrl\n      published\n      chatRoomKey\n      icsPath\n      saved\n      canEdit\n      program {\n        code\n        name\n      }\n      group {\n        id\n        name\n      }\n      types(language: $language) {\n        code\n        name\n      }\n      location {\n        venue\n        formattedAddress\n        notes\n        latitude\n        longitude\n        approximate\n        active\n        directionsUrl\n      }\n      online {\n        url\n        provider\n        urlNotes\n        phone\n        phoneNotes\n      }\n      upcoming(count: 7) {\n        start\n        end\n        inProgress\n        startsInMinutes\n      }\n    }\n  }\n": types.MeetingPageDocument,
    "\n  mutation SaveMeeting($id: ID!) {\n    saveMeeting(meetingId: $id) {\n      id\n      saved\n    }\n  }\n": types.SaveMeetingDocument,
    "\n  mutation UnsaveMeeting($id: ID!) {\n    unsaveMeeting(meetingId: $id)\n  }\n": types.UnsaveMeetingDocument,
    "\n  query GroupPage($id: ID!, $language: String!) {\n    meetingGroup(id: $id) {\n      id\n      name\n      notes\n      regions\n      chatRoomKey\n      canManage\n      program {\n        code\n        name\n      }\n      meetings {\n        ...MeetingCardFields\n      }\n    }\n  }\n": types.GroupPageDocument,
    "\n  query MyHomeGroup {\n    myHomeGroup {\n      id\n      name\n    }\n  }\n": types.MyHomeGroupDocument,
    "\n  mutation SetHomeGroup($groupId: ID) {\n    setHomeGroup(groupId: $groupId) {\n      id\n      name\n    }\n  }\n": types.SetHomeGroupDocument,
    "\n  mutation ContactGroup($input: ContactGroupInput!) {\n    contactMeetingGroup(input: $input)\n  }\n": types.ContactGroupDocument,
    "\n  query GroupMessages($groupId: ID!) {\n    meetingGroupMessages(groupId: $groupId, first: 50) {\n      id\n      senderName\n      body\n      sentAt\n    }\n  }\n": types.GroupMessagesDocument,
    "\n  query MyMeetings($language: String!) {\n    mySavedMeetings {\n      ...MeetingCardFields\n      week: upcoming(count: 7) {\n        start\n        end\n        inProgress\n        startsInMinutes\n      }\n    }\n    myHomeGroup {\n      id\n      name\n    }\n    myCalendarFeed {\n      createdAt\n    }\n  }\n": types.MyMeetingsDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  mutation OpenMeetingChatRoom($key: String!) {\n    openChatRoom(key: $key) {\n      id\n    }\n  }\n": types.OpenMeetingChatRoomDocument,
    "\n  query MyMeetingReminderSettings {\n    myMeetingReminderSettings {\n      meetingId\n      minutesBefore\n    }\n  }\n": types.MyMeetingReminderSettingsDocument,
    "\n  mutation SetMeetingReminder($meetingId: ID!, $minutesBefore: Int) {\n    setMeetingReminder(meetingId: $meetingId, minutesBefore: $minutesBefore)\n  }\n": types.SetMeetingReminderDocument,
    "\n  query AdminJobsStatus {\n    adminJobsStatus {\n      working\n      queues {\n        name\n        schedule\n        waiting\n        active\n        completed\n        failed\n        lastCompletedAt\n        lastFailedAt\n        lastError\n      }\n      failures {\n        queue\n        jobId\n        attempts\n        failedAt\n        error\n      }\n    }\n  }\n": types.AdminJobsStatusDocument,
    "\n  query MyWeeklyDigest {\n    me {\n      id\n      weeklyDigest\n    }\n  }\n": types.MyWeeklyDigestDocument,
    "\n  mutation SetWeeklyDigest($enabled: Boolean!) {\n    setWeeklyDigest(enabled: $enabled)\n  }\n": types.SetWeeklyDigestDocument,
    "\n  query MeetingSources {\n    meetingSources {\n      id\n      url\n      source\n      kind\n      serviceBodyIds\n      graceDays\n      everyHours\n      fetchUrl\n      programCode\n      nextRunAt\n      lastRunAt\n      lastResult\n    }\n  }\n": types.MeetingSourcesDocument,
    "\n  query MeetingSourceRuns($sourceId: ID!) {\n    meetingSourceRuns(sourceId: $sourceId, limit: 20) {\n      id\n      startedAt\n      finishedAt\n      status\n      forced\n      added\n      updated\n      unchanged\n      missing\n      unpublished\n      republished\n      error\n      rowErrors {\n        row\n        field\n        message\n      }\n    }\n  }\n": types.MeetingSourceRunsDocument,
    "\n  mutation AddMeetingSource($input: MeetingSourceInput!) {\n    addMeetingSource(input: $input) {\n      id\n    }\n  }\n": types.AddMeetingSourceDocument,
    "\n  mutation UpdateMeetingSource($id: ID!, $input: MeetingSourceInput!) {\n    updateMeetingSource(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateMeetingSourceDocument,
    "\n  mutation SyncMeetingSource($id: ID!, $force: Boolean) {\n    syncMeetingSource(id: $id, force: $force) {\n      id\n      status\n      error\n    }\n  }\n": types.SyncMeetingSourceDocument,
    "\n  mutation ClearMeetingOverride($meetingId: ID!, $field: String!) {\n    clearMeetingOverride(meetingId: $meetingId, field: $field) {\n      id\n      overrides {\n        field\n        sourceValue\n      }\n    }\n  }\n": types.ClearMeetingOverrideDocument,
    "\n  fragment SponsorshipWindowFields on WeeklyWindow {\n    day\n    startMinute\n    endMinute\n  }\n": types.SponsorshipWindowFieldsFragmentDoc,
    "\n  fragment SponsorshipFields on Sponsorship {\n    id\n    myRole\n    status\n    program\n    kind\n    temporary\n    requestMessage\n    declineReason\n    endReason\n    endedByMe\n    requestedAt\n    startedAt\n    endedAt\n    checkInDue\n    checkInDueAt\n    lastSeq\n    myReadSeq\n    otherReadSeq\n    unreadCount\n    other {\n      id\n      displayName\n      handle\n      badge\n      bio\n    }\n  }\n": types.SponsorshipFieldsFragmentDoc,
    "\n  query SeekerPreferences {\n    mySeekerPreferences {\n      program\n      languages\n      gender\n      preferredGenders\n      onMat\n      remoteOnly\n      timeZone\n      homeGroupId\n      meetingIds\n      area {\n        latitude\n        longitude\n      }\n      availability {\n        ...SponsorshipWindowFields\n      }\n    }\n    sponsorshipRules {\n      program\n      kind\n      minCleanDays\n    }\n  }\n": types.SeekerPreferencesDocument,
    "\n  mutation SaveSeekerPreferences($input: SeekerPreferencesInput!) {\n    saveSeekerPreferences(input: $input) {\n      program\n    }\n  }\n": types.SaveSeekerPreferencesDocument,
    "\n  query SponsorMatches($first: Int, $after: String) {\n    sponsorMatches(first: $first, after: $after) {\n      program\n      kind\n      total\n      hasNextPage\n      endCursor\n      candidates {\n        sponsorId\n        displayName\n        handle\n        bio\n        kind\n        programs\n        languages\n        gender\n        matComfortable\n        timeZone\n        openSpots\n        distance\n        score\n        requestPending\n        cleanTime {\n          years\n          months\n        }\n        availability {\n          ...SponsorshipWindowFields\n        }\n        reasons {\n          kind\n          points\n          languages\n          minutes\n          distance\n          count\n          cleanTime {\n            years\n            months\n          }\n        }\n      }\n    }\n  }\n": types.SponsorMatchesDocument,
    "\n  query MySponsorProfile {\n    mySponsorProfile {\n      programs\n      cleanDate\n      languages\n      gender\n      sponsorsGenders\n      timeZone\n      homeGroupId\n      meetingIds\n      matComfortable\n      bio\n      capacity\n      activeSponsees\n      accepting\n      offered\n      cleanTime {\n        years\n        months\n      }\n      area {\n        latitude\n        longitude\n      }\n      availability {\n        ...SponsorshipWindowFields\n      }\n      eligibility {\n        program\n        kind\n        eligible\n        minCleanDays\n        eligibleFrom\n      }\n    }\n  }\n": types.MySponsorProfileDocument,
    "\n  mutation SaveSponsorProfile($input: SponsorProfileInput!) {\n    saveSponsorProfile(input: $input) {\n      offered\n    }\n  }\n": types.SaveSponsorProfileDocument,
    "\n  mutation RemoveSponsorProfile {\n    removeSponsorProfile\n  }\n": types.RemoveSponsorProfileDocument,
    "\n  query MyMeetingsForSponsorship {\n    mySavedMeetings {\n      id\n      name\n    }\n    myHomeGroup {\n      id\n      name\n    }\n  }\n": types.MyMeetingsForSponsorshipDocument,
    "\n  query MySponsorships {\n    mySponsorships {\n      ...SponsorshipFields\n    }\n  }\n": types.MySponsorshipsDocument,
    "\n  query Sponsorship($id: ID!) {\n    sponsorship(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n": types.SponsorshipDocument,
    "\n  mutation RequestSponsorship($input: RequestSponsorshipInput!) {\n    requestSponsorship(input: $input) {\n      ...SponsorshipFields\n    }\n  }\n": types.RequestSponsorshipDocument,
    "\n  mutation AcceptSponsorshipRequest($id: ID!) {\n    acceptSponsorshipRequest(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n": types.AcceptSponsorshipRequestDocument,
    "\n  mutation DeclineSponsorshipRequest($id: ID!, $reason: String) {\n    declineSponsorshipRequest(id: $id, reason: $reason) {\n      ...SponsorshipFields\n    }\n  }\n": types.DeclineSponsorshipRequestDocument,
    "\n  mutation WithdrawSponsorshipRequest($id: ID!) {\n    withdrawSponsorshipRequest(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n": types.WithdrawSponsorshipRequestDocument,
    "\n  mutation EndSponsorship($id: ID!, $reason: String) {\n    endSponsorship(id: $id, reason: $reason) {\n      ...SponsorshipFields\n    }\n  }\n": types.EndSponsorshipDocument,
    "\n  mutation CheckInSponsorship($id: ID!, $makePermanent: Boolean) {\n    checkInSponsorship(id: $id, makePermanent: $makePermanent) {\n      ...SponsorshipFields\n    }\n  }\n": types.CheckInSponsorshipDocument,
    "\n  mutation BlockSponsorshipMember($memberId: ID!) {\n    blockSponsorshipMember(memberId: $memberId)\n  }\n": types.BlockSponsorshipMemberDocument,
    "\n  query SponsorshipNotifications {\n    sponsorshipNotifications(first: 20) {\n      unreadCount\n      notifications {\n        id\n        kind\n        relationshipKind\n        sponsorshipId\n        createdAt\n        read\n        actor {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n": types.SponsorshipNotificationsDocument,
    "\n  mutation MarkSponsorshipNotificationsRead {\n    markSponsorshipNotificationsRead\n  }\n": types.MarkSponsorshipNotificationsReadDocument,
    "\n  query SponsorshipMessages($id: ID!, $before: String) {\n    sponsorshipMessages(sponsorshipId: $id, last: 30, before: $before) {\n      hasOlder\n      olderCursor\n      messages {\n        id\n        sponsorshipId\n        seq\n        senderId\n        clientId\n        text\n        createdAt\n      }\n    }\n  }\n": types.SponsorshipMessagesDocument,
    "\n  query SponsorshipPrograms {\n    recoveryPrograms {\n      code\n      name\n    }\n  }\n": types.SponsorshipProgramsDocument,
    "\n  query MyCheckIns($days: Int!) {\n    myCheckIns(days: $days) {\n      today\n      todayCheckIn {\n        date\n        mood\n        craving\n        note\n      }\n      entries {\n        date\n        mood\n        craving\n        note\n      }\n    }\n  }\n": types.MyCheckInsDocument,
    "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      date\n      mood\n      craving\n      note\n    }\n  }\n": types.CheckInDocument,
    "\n  query HelpNow {\n    helpNow {\n      country\n      people {\n        name\n        phone\n        note\n      }\n      sponsor {\n        id\n        displayName\n      }\n    }\n  }\n": types.HelpNowDocument,
    "\n  query ActiveSponsorships {\n    mySponsorships(statuses: [ACTIVE]) {\n      id\n      myRole\n      other {\n        id\n      }\n    }\n  }\n": types.ActiveSponsorshipsDocument,
    "\n  query MeetingsStartingSoon($filter: MeetingFilter!) {\n    meetings(filter: $filter, first: 5) {\n      edges {\n        node {\n          id\n          name\n          program {\n            code\n            name\n          }\n          online {\n            url\n            phone\n            provider\n          }\n          upcoming(count: 1) {\n            start\n            inProgress\n            startsInMinutes\n          }\n        }\n      }\n    }\n  }\n": types.MeetingsStartingSoonDocument,
    "\n  fragment PlanFields on RecoveryPlan {\n    warningSigns\n    triggers {\n      people\n      places\n      things\n      feelings\n    }\n    halt {\n      hungry\n      angry\n      lonely\n      tired\n    }\n    copingActions\n    reasons\n    people {\n      name\n      phone\n      note\n    }\n    sponsor {\n      id\n      displayName\n    }\n    updatedAt\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query MyPlan {\n    myPlan {\n      ...PlanFields\n    }\n  }\n": types.MyPlanDocument,
    "\n  mutation SavePlan($input: RecoveryPlanInput!) {\n    savePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.SavePlanDocument,
    "\n  fragment RecoveryFields on MyRecovery {\n    cleanDate\n    country\n    timeZone\n    timeZoneSet\n    cleanTime {\n      today\n      days\n      years\n      months\n      remainderDays\n      latest {\n        key\n        unit\n        amount\n        date\n        daysAgo\n      }\n      next {\n        key\n        unit\n        amount\n        date\n        daysAway\n      }\n    }\n  }\n": types.RecoveryFieldsFragmentDoc,
    "\n  query MyRecovery {\n    myRecovery {\n      ...RecoveryFields\n    }\n  }\n": types.MyRecoveryDocument,
    "\n  mutation SetCleanDate($cleanDate: String!) {\n    setCleanDate(cleanDate: $cleanDate) {\n      ...RecoveryFields\n    }\n  }\n": types.SetCleanDateDocument,
    "\n  mutation ClearCleanDate {\n    clearCleanDate {\n      ...RecoveryFields\n    }\n  }\n": types.ClearCleanDateDocument,
    "\n  mutation SetRecoveryCountry($country: String!) {\n    setRecoveryCountry(country: $country) {\n      ...RecoveryFields\n    }\n  }\n": types.SetRecoveryCountryDocument,
    "\n  mutation SaveTimeZone($timeZone: String!) {\n    updateProfile(input: { timeZone: $timeZone }) {\n      ...AccountFields\n    }\n  }\n": types.SaveTimeZoneDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    title\n    summary\n    body\n    steps\n    programs\n    kind\n    language\n    country\n    url\n    phone\n    textNumber\n    tty\n    sourceUrl\n    worksheetKind\n  }\n": types.ResourceFieldsFragmentDoc,
    "\n  query SearchResources(\n    $query: String\n    $programs: [ResourceProgram!]\n    $kinds: [ResourceKind!]\n    $language: String\n    $country: String\n    $first: Int!\n    $after: String\n  ) {\n    resources(\n      query: $query\n      programs: $programs\n      kinds: $kinds\n      language: $language\n      country: $country\n      first: $first\n      after: $after\n    ) {\n      total\n      hasNextPage\n      endCursor\n      resources {\n        ...ResourceFields\n      }\n    }\n  }\n": types.SearchResourcesDocument,
    "\n  fragment WorksheetFields on Worksheet {\n    id\n    kind\n    title\n    mine\n    owner {\n      id\n      displayName\n    }\n    sharedWith {\n      id\n      displayName\n    }\n    visibleToSponsor\n    updatedAt\n    costBenefit {\n      behavior\n      usingBenefits\n      usingCosts\n      notUsingBenefits\n      notUsingCosts\n      reflection\n    }\n    abc {\n      activatingEvent\n      beliefs\n      consequences\n      disputing\n      effectiveBeliefs\n    }\n    changePlan {\n      changes\n      reasons\n      steps\n      helpers\n      signsOfSuccess\n      obstacles\n    }\n  }\n": types.WorksheetFieldsFragmentDoc,
    "\n  query WorksheetLists {\n    myWorksheets {\n      id\n      kind\n      title\n      updatedAt\n      visibleToSponsor\n      sharedWith {\n        id\n        displayName\n      }\n    }\n    worksheetsSharedWithMe {\n      id\n      kind\n      title\n      updatedAt\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.WorksheetListsDocument,
    "\n  query Worksheet($id: ID!) {\n    worksheet(id: $id) {\n      ...WorksheetFields\n    }\n  }\n": types.WorksheetDocument,
    "\n  mutation SaveCostBenefit($input: CostBenefitInput!) {\n    saveCostBenefit(input: $input) {\n      ...WorksheetFields\n    }\n  }\n": types.SaveCostBenefitDocument,
    "\n  mutation SaveAbc($input: AbcInput!) {\n    saveAbc(input: $input) {\n      ...WorksheetFields\n    }\n  }\n": types.SaveAbcDocument,
    "\n  mutation SaveChangePlan($input: ChangePlanInput!) {\n    saveChangePlan(input: $input) {\n      ...WorksheetFields\n    }\n  }\n": types.SaveChangePlanDocument,
    "\n  mutation ShareWorksheet($id: ID!, $shared: Boolean!) {\n    shareWorksheet(id: $id, shared: $shared) {\n      ...WorksheetFields\n    }\n  }\n": types.ShareWorksheetDocument,
    "\n  mutation DeleteWorksheet($id: ID!) {\n    deleteWorksheet(id: $id)\n  }\n": types.DeleteWorksheetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatRoomFields on ChatRoom {\n    id\n    key\n    kind\n    name\n    description\n    visibility\n    slowModeSeconds\n    lastSeq\n    memberCount\n    membership\n    canModerate\n    myRestriction {\n      kind\n      until\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ChatRoomFields on ChatRoom {\n    id\n    key\n    kind\n    name\n    description\n    visibility\n    slowModeSeconds\n    lastSeq\n    memberCount\n    membership\n    canModerate\n    myRestriction {\n      kind\n      until\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMessageFields on ChatMessage {\n    id\n    roomId\n    seq\n    clientId\n    text\n    status\n    statusReason\n    createdAt\n    modSeq\n    mine\n    author {\n      id\n      displayName\n      handle\n      badge\n    }\n  }\n"): (typeof documents)["\n  fragment ChatMessageFields on ChatMessage {\n    id\n    roomId\n    seq\n    clientId\n    text\n    status\n    statusReason\n    createdAt\n    modSeq\n    mine\n    author {\n      id\n      displayName\n      handle\n      badge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRooms($first: Int, $after: String, $includeAll: Boolean) {\n    chatRooms(first: $first, after: $after, includeAll: $includeAll) {\n      rooms {\n        ...ChatRoomFields\n      }\n      hasMore\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query ChatRooms($first: Int, $after: String, $includeAll: Boolean) {\n    chatRooms(first: $first, after: $after, includeAll: $includeAll) {\n      rooms {\n        ...ChatRoomFields\n      }\n      hasMore\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRoom($id: ID!) {\n    chatRoom(id: $id) {\n      ...ChatRoomFields\n    }\n  }\n"): (typeof documents)["\n  query ChatRoom($id: ID!) {\n    chatRoom(id: $id) {\n      ...ChatRoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinChatRoom($roomId: ID!) {\n    joinChatRoom(roomId: $roomId) {\n      ...ChatRoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinChatRoom($roomId: ID!) {\n    joinChatRoom(roomId: $roomId) {\n      ...ChatRoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveChatRoom($roomId: ID!) {\n    leaveChatRoom(roomId: $roomId)\n  }\n"): (typeof documents)["\n  mutation LeaveChatRoom($roomId: ID!) {\n    leaveChatRoom(roomId: $roomId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatHistory($roomId: ID!, $last: Int, $before: String) {\n    chatMessages(roomId: $roomId, last: $last, before: $before) {\n      messages {\n        ...ChatMessageFields\n      }\n      hasOlder\n      olderCursor\n    }\n  }\n"): (typeof documents)["\n  query ChatHistory($roomId: ID!, $last: Int, $before: String) {\n    chatMessages(roomId: $roomId, last: $last, before: $before) {\n      messages {\n        ...ChatMessageFields\n      }\n      hasOlder\n      olderCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHeldChatMessages($roomId: ID!) {\n    myHeldChatMessages(roomId: $roomId) {\n      ...ChatMessageFields\n    }\n  }\n"): (typeof documents)["\n  query MyHeldChatMessages($roomId: ID!) {\n    myHeldChatMessages(roomId: $roomId) {\n      ...ChatMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportChatMessage($input: ReportChatMessageInput!) {\n    reportChatMessage(input: $input) {\n      received\n      hiddenPendingReview\n    }\n  }\n"): (typeof documents)["\n  mutation ReportChatMessage($input: ReportChatMessageInput!) {\n    reportChatMessage(input: $input) {\n      received\n      hiddenPendingReview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueueCount {\n    moderationQueueCount {\n      open\n      urgent\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueueCount {\n    moderationQueueCount {\n      open\n      urgent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationItemStateFields on ModerationItemState {\n    itemType\n    itemId\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n    }\n    claim {\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationItemStateFields on ModerationItemState {\n    itemType\n    itemId\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n    }\n    claim {\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeModerationItem($input: ModerationItemInput!) {\n    acknowledgeModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeModerationItem($input: ModerationItemInput!) {\n    acknowledgeModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimModerationItem($input: ClaimModerationItemInput!) {\n    claimModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimModerationItem($input: ClaimModerationItemInput!) {\n    claimModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseModerationItem($input: ModerationItemInput!) {\n    releaseModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseModerationItem($input: ModerationItemInput!) {\n    releaseModerationItem(input: $input) {\n      ...ModerationItemStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModeratorCheckInRequests {\n    moderatorCheckInRequests {\n      id\n      kind\n      urgent\n      createdAt\n      checkInId\n      member {\n        id\n        displayName\n      }\n      state {\n        ...ModerationItemStateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModeratorCheckInRequests {\n    moderatorCheckInRequests {\n      id\n      kind\n      urgent\n      createdAt\n      checkInId\n      member {\n        id\n        displayName\n      }\n      state {\n        ...ModerationItemStateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveModeratorCheckInRequest($input: ResolveCheckInRequestInput!) {\n    resolveModeratorCheckInRequest(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResolveModeratorCheckInRequest($input: ResolveCheckInRequestInput!) {\n    resolveModeratorCheckInRequest(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestModeratorCheckIn($kind: CrisisKind) {\n    requestModeratorCheckIn(kind: $kind)\n  }\n"): (typeof documents)["\n  mutation RequestModeratorCheckIn($kind: CrisisKind) {\n    requestModeratorCheckIn(kind: $kind)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModeratorCheckInFields on ModeratorCheckIn {\n    id\n    member {\n      id\n      displayName\n    }\n    messages {\n      id\n      seq\n      clientId\n      fromModerator\n      text\n      createdAt\n      mine\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ModeratorCheckInFields on ModeratorCheckIn {\n    id\n    member {\n      id\n      displayName\n    }\n    messages {\n      id\n      seq\n      clientId\n      fromModerator\n      text\n      createdAt\n      mine\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenModeratorCheckIn($input: ModerationItemInput!) {\n    openModeratorCheckIn(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenModeratorCheckIn($input: ModerationItemInput!) {\n    openModeratorCheckIn(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModeratorCheckIn($id: ID!) {\n    moderatorCheckIn(id: $id) {\n      ...ModeratorCheckInFields\n    }\n  }\n"): (typeof documents)["\n  query ModeratorCheckIn($id: ID!) {\n    moderatorCheckIn(id: $id) {\n      ...ModeratorCheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyModeratorCheckIn {\n    myModeratorCheckIn {\n      ...ModeratorCheckInFields\n    }\n  }\n"): (typeof documents)["\n  query MyModeratorCheckIn {\n    myModeratorCheckIn {\n      ...ModeratorCheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatModerationQueue($roomId: ID, $first: Int, $after: String) {\n    chatModerationQueue(roomId: $roomId, first: $first, after: $after) {\n      items {\n        roomName\n        urgent\n        crisis\n        reportCount\n        reports {\n          reason\n          note\n          createdAt\n        }\n        message {\n          ...ChatMessageFields\n        }\n        state {\n          ...ModerationItemStateFields\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query ChatModerationQueue($roomId: ID, $first: Int, $after: String) {\n    chatModerationQueue(roomId: $roomId, first: $first, after: $after) {\n      items {\n        roomName\n        urgent\n        crisis\n        reportCount\n        reports {\n          reason\n          note\n          createdAt\n        }\n        message {\n          ...ChatMessageFields\n        }\n        state {\n          ...ModerationItemStateFields\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateChatMessage($input: ModerateChatMessageInput!) {\n    moderateChatMessage(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateChatMessage($input: ModerateChatMessageInput!) {\n    moderateChatMessage(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimeoutChatMember($input: TimeoutChatMemberInput!) {\n    timeoutChatMember(input: $input) {\n      id\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation TimeoutChatMember($input: TimeoutChatMemberInput!) {\n    timeoutChatMember(input: $input) {\n      id\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BanChatMember($input: ChatMemberActionInput!) {\n    banChatMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BanChatMember($input: ChatMemberActionInput!) {\n    banChatMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftChatSanction($input: ChatMemberActionInput!) {\n    liftChatSanction(input: $input)\n  }\n"): (typeof documents)["\n  mutation LiftChatSanction($input: ChatMemberActionInput!) {\n    liftChatSanction(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChatSlowMode($input: SetChatSlowModeInput!) {\n    setChatSlowMode(input: $input) {\n      id\n      slowModeSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation SetChatSlowMode($input: SetChatSlowModeInput!) {\n    setChatSlowMode(input: $input) {\n      id\n      slowModeSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatSanctions($roomId: ID!) {\n    chatSanctions(roomId: $roomId) {\n      id\n      kind\n      until\n      reason\n      createdAt\n      member {\n        id\n        displayName\n        handle\n        badge\n      }\n      createdBy {\n        id\n        displayName\n        handle\n        badge\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatSanctions($roomId: ID!) {\n    chatSanctions(roomId: $roomId) {\n      id\n      kind\n      until\n      reason\n      createdAt\n      member {\n        id\n        displayName\n        handle\n        badge\n      }\n      createdBy {\n        id\n        displayName\n        handle\n        badge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatFilters($roomId: ID) {\n    chatFilters(roomId: $roomId) {\n      id\n      roomId\n      pattern\n      kind\n      action\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ChatFilters($roomId: ID) {\n    chatFilters(roomId: $roomId) {\n      id\n      roomId\n      pattern\n      kind\n      action\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChatFilter($input: AddChatFilterInput!) {\n    addChatFilter(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddChatFilter($input: AddChatFilterInput!) {\n    addChatFilter(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveChatFilter($input: RemoveChatFilterInput!) {\n    removeChatFilter(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveChatFilter($input: RemoveChatFilterInput!) {\n    removeChatFilter(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatAuditLog($roomId: ID, $first: Int, $after: String) {\n    chatAuditLog(roomId: $roomId, first: $first, after: $after) {\n      entries {\n        id\n        at\n        action\n        reason\n        details\n        roomId\n        targetMessageId\n        actor {\n          id\n          displayName\n          handle\n          badge\n        }\n        targetMember {\n          id\n          displayName\n          handle\n          badge\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query ChatAuditLog($roomId: ID, $first: Int, $after: String) {\n    chatAuditLog(roomId: $roomId, first: $first, after: $after) {\n      entries {\n        id\n        at\n        action\n        reason\n        details\n        roomId\n        targetMessageId\n        actor {\n          id\n          displayName\n          handle\n          badge\n        }\n        targetMember {\n          id\n          displayName\n          handle\n          badge\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrisisSponsor {\n    mySponsorships(statuses: [ACTIVE]) {\n      id\n      myRole\n      other {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrisisSponsor {\n    mySponsorships(statuses: [ACTIVE]) {\n      id\n      myRole\n      other {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrisisMeetings($filter: MeetingFilter!) {\n    meetings(filter: $filter, first: 5) {\n      edges {\n        node {\n          id\n          name\n          online {\n            url\n            phone\n          }\n          upcoming(count: 1) {\n            start\n            inProgress\n            startsInMinutes\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrisisMeetings($filter: MeetingFilter!) {\n    meetings(filter: $filter, first: 5) {\n      edges {\n        node {\n          id\n          name\n          online {\n            url\n            phone\n          }\n          upcoming(count: 1) {\n            start\n            inProgress\n            startsInMinutes\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCounts {\n    mySponsorships {\n      id\n      unreadCount\n    }\n    sponsorshipNotifications(first: 1) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadCounts {\n    mySponsorships {\n      id\n      unreadCount\n    }\n    sponsorshipNotifications(first: 1) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RealtimeTokenCheck {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query RealtimeTokenCheck {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    handle\n    role\n    bio\n    locale\n    timeZone\n    emailVerified\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    handle\n    role\n    bio\n    locale\n    timeZone\n    emailVerified\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresIn\n      account {\n        ...AccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresIn\n      account {\n        ...AccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      account {\n        ...AccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      account {\n        ...AccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocale($locale: String!) {\n    updateProfile(input: { locale: $locale }) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLocale($locale: String!) {\n    updateProfile(input: { locale: $locale }) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification {\n    resendVerification\n  }\n"): (typeof documents)["\n  mutation ResendVerification {\n    resendVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushSettings {\n    pushSettings {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n"): (typeof documents)["\n  query PushSettings {\n    pushSettings {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribePush($subscription: PushSubscriptionInput!) {\n    subscribePush(subscription: $subscription) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribePush($subscription: PushSubscriptionInput!) {\n    subscribePush(subscription: $subscription) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribePush($endpoint: String!) {\n    unsubscribePush(endpoint: $endpoint) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n"): (typeof documents)["\n  mutation UnsubscribePush($endpoint: String!) {\n    unsubscribePush(endpoint: $endpoint) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPushKind($kind: PushKind!, $enabled: Boolean!) {\n    setPushKind(kind: $kind, enabled: $enabled) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n"): (typeof documents)["\n  mutation SetPushKind($kind: PushKind!, $enabled: Boolean!) {\n    setPushKind(kind: $kind, enabled: $enabled) {\n      available\n      publicKey\n      enabledKinds\n      subscriptions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMeetings($filter: MeetingFilter, $after: String) {\n    meetings(filter: $filter, first: 25, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          published\n          attendance\n          days\n          startTime\n          timeZone\n          canEdit\n          program {\n            code\n          }\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMeetings($filter: MeetingFilter, $after: String) {\n    meetings(filter: $filter, first: 25, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          published\n          attendance\n          days\n          startTime\n          timeZone\n          canEdit\n          program {\n            code\n          }\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingForEdit($id: ID!) {\n    meeting(id: $id) {\n      id\n      name\n      notes\n      attendance\n      days\n      startTime\n      endTime\n      timeZone\n      published\n      regions\n      program {\n        code\n      }\n      group {\n        id\n      }\n      types(language: \"en\") {\n        code\n      }\n      location {\n        venue\n        address\n        city\n        state\n        postalCode\n        country\n        formattedAddress\n        notes\n        latitude\n        longitude\n      }\n      overrides {\n        field\n        sourceValue\n      }\n      online {\n        url\n        urlNotes\n        phone\n        phoneNotes\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingForEdit($id: ID!) {\n    meeting(id: $id) {\n      id\n      name\n      notes\n      attendance\n      days\n      startTime\n      endTime\n      timeZone\n      published\n      regions\n      program {\n        code\n      }\n      group {\n        id\n      }\n      types(language: \"en\") {\n        code\n      }\n      location {\n        venue\n        address\n        city\n        state\n        postalCode\n        country\n        formattedAddress\n        notes\n        latitude\n        longitude\n      }\n      overrides {\n        field\n        sourceValue\n      }\n      online {\n        url\n        urlNotes\n        phone\n        phoneNotes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingPublished($id: ID!, $published: Boolean!) {\n    setMeetingPublished(id: $id, published: $published) {\n      id\n      published\n    }\n  }\n"): (typeof documents)["\n  mutation SetMeetingPublished($id: ID!, $published: Boolean!) {\n    setMeetingPublished(id: $id, published: $published) {\n      id\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeeting($id: ID!) {\n    deleteMeeting(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMeeting($id: ID!) {\n    deleteMeeting(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMeetings($input: ImportMeetingsInput!) {\n    importMeetings(input: $input) {\n      applied\n      dryRun\n      format\n      source\n      programCode\n      meetings\n      created\n      updated\n      unchanged\n      unpublished\n      skipped\n      errors\n      warnings\n      problems {\n        row\n        field\n        message\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMeetings($input: ImportMeetingsInput!) {\n    importMeetings(input: $input) {\n      applied\n      dryRun\n      format\n      source\n      programCode\n      meetings\n      created\n      updated\n      unchanged\n      unpublished\n      skipped\n      errors\n      warnings\n      problems {\n        row\n        field\n        message\n        severity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingImports {\n    meetingImports {\n      source\n      format\n      created\n      updated\n      unchanged\n      unpublished\n      importedAt\n    }\n    recoveryPrograms {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query MeetingImports {\n    meetingImports {\n      source\n      format\n      created\n      updated\n      unchanged\n      unpublished\n      importedAt\n    }\n    recoveryPrograms {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingFormOptions($language: String!) {\n    recoveryPrograms {\n      code\n      name\n    }\n    meetingTypes(language: $language, inUse: false) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query MeetingFormOptions($language: String!) {\n    recoveryPrograms {\n      code\n      name\n    }\n    meetingTypes(language: $language, inUse: false) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimeZoneAt($latitude: Float!, $longitude: Float!) {\n    timeZoneAt(latitude: $latitude, longitude: $longitude)\n  }\n"): (typeof documents)["\n  query TimeZoneAt($latitude: Float!, $longitude: Float!) {\n    timeZoneAt(latitude: $latitude, longitude: $longitude)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingCardFields on Meeting {\n    id\n    name\n    attendance\n    days\n    startTime\n    endTime\n    timeZone\n    saved\n    program {\n      code\n      name\n    }\n    types(language: $language) {\n      code\n      name\n    }\n    location {\n      venue\n      formattedAddress\n      latitude\n      longitude\n      approximate\n      active\n    }\n    online {\n      provider\n      url\n      phone\n    }\n    upcoming(count: 1) {\n      start\n      end\n      inProgress\n      startsInMinutes\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingCardFields on Meeting {\n    id\n    name\n    attendance\n    days\n    startTime\n    endTime\n    timeZone\n    saved\n    program {\n      code\n      name\n    }\n    types(language: $language) {\n      code\n      name\n    }\n    location {\n      venue\n      formattedAddress\n      latitude\n      longitude\n      approximate\n      active\n    }\n    online {\n      provider\n      url\n      phone\n    }\n    upcoming(count: 1) {\n      start\n      end\n      inProgress\n      startsInMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindMeetings($filter: MeetingFilter, $first: Int, $after: String, $language: String!) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      radiusKm\n      widened\n      requestedRadiusKm\n      widenedToKm\n      nothingNear\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        distanceKm\n        distanceMiles\n        node {\n          ...MeetingCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindMeetings($filter: MeetingFilter, $first: Int, $after: String, $language: String!) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      radiusKm\n      widened\n      requestedRadiusKm\n      widenedToKm\n      nothingNear\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        distanceKm\n        distanceMiles\n        node {\n          ...MeetingCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderOptions($language: String!) {\n    recoveryPrograms {\n      code\n      name\n    }\n    meetingTypes(language: $language, inUse: true) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query FinderOptions($language: String!) {\n    recoveryPrograms {\n      code\n      name\n    }\n    meetingTypes(language: $language, inUse: true) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places($query: String!, $first: Int) {\n    places(query: $query, first: $first) {\n      name\n      region\n      country\n      kind\n      latitude\n      longitude\n      meetings\n    }\n  }\n"): (typeof documents)["\n  query Places($query: String!, $first: Int) {\n    places(query: $query, first: $first) {\n      name\n      region\n      country\n      kind\n      latitude\n      longitude\n      meetings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!, $language: String!) {\n    meeting(id: $id) {\n      id\n      name\n      notes\n      attendance\n      days\n      startTime\n      endTime\n      durationMinutes\n      timeZone\n      regions\n      url\n      feedbackUrl\n      published\n      chatRoomKey\n      icsPath\n      saved\n      canEdit\n      program {\n        code\n        name\n      }\n      group {\n        id\n        name\n      }\n      types(language: $language) {\n        code\n        name\n      }\n      location {\n        venue\n        formattedAddress\n        notes\n        latitude\n        longitude\n        approximate\n        active\n        directionsUrl\n      }\n      online {\n        url\n        provider\n        urlNotes\n        phone\n        phoneNotes\n      }\n      upcoming(count: 7) {\n        start\n        end\n        inProgress\n        startsInMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!, $language: String!) {\n    meeting(id: $id) {\n      id\n      name\n      notes\n      attendance\n      days\n      startTime\n      endTime\n      durationMinutes\n      timeZone\n      regions\n      url\n      feedbackUrl\n      published\n      chatRoomKey\n      icsPath\n      saved\n      canEdit\n      program {\n        code\n        name\n      }\n      group {\n        id\n        name\n      }\n      types(language: $language) {\n        code\n        name\n      }\n      location {\n        venue\n        formattedAddress\n        notes\n        latitude\n        longitude\n        approximate\n        active\n        directionsUrl\n      }\n      online {\n        url\n        provider\n        urlNotes\n        phone\n        phoneNotes\n      }\n      upcoming(count: 7) {\n        start\n        end\n        inProgress\n        startsInMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMeeting($id: ID!) {\n    saveMeeting(meetingId: $id) {\n      id\n      saved\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMeeting($id: ID!) {\n    saveMeeting(meetingId: $id) {\n      id\n      saved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsaveMeeting($id: ID!) {\n    unsaveMeeting(meetingId: $id)\n  }\n"): (typeof documents)["\n  mutation UnsaveMeeting($id: ID!) {\n    unsaveMeeting(meetingId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPage($id: ID!, $language: String!) {\n    meetingGroup(id: $id) {\n      id\n      name\n      notes\n      regions\n      chatRoomKey\n      canManage\n      program {\n        code\n        name\n      }\n      meetings {\n        ...MeetingCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupPage($id: ID!, $language: String!) {\n    meetingGroup(id: $id) {\n      id\n      name\n      notes\n      regions\n      chatRoomKey\n      canManage\n      program {\n        code\n        name\n      }\n      meetings {\n        ...MeetingCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHomeGroup {\n    myHomeGroup {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyHomeGroup {\n    myHomeGroup {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHomeGroup($groupId: ID) {\n    setHomeGroup(groupId: $groupId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SetHomeGroup($groupId: ID) {\n    setHomeGroup(groupId: $groupId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactGroup($input: ContactGroupInput!) {\n    contactMeetingGroup(input: $input)\n  }\n"): (typeof documents)["\n  mutation ContactGroup($input: ContactGroupInput!) {\n    contactMeetingGroup(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMessages($groupId: ID!) {\n    meetingGroupMessages(groupId: $groupId, first: 50) {\n      id\n      senderName\n      body\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  query GroupMessages($groupId: ID!) {\n    meetingGroupMessages(groupId: $groupId, first: 50) {\n      id\n      senderName\n      body\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMeetings($language: String!) {\n    mySavedMeetings {\n      ...MeetingCardFields\n      week: upcoming(count: 7) {\n        start\n        end\n        inProgress\n        startsInMinutes\n      }\n    }\n    myHomeGroup {\n      id\n      name\n    }\n    myCalendarFeed {\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyMeetings($language: String!) {\n    mySavedMeetings {\n      ...MeetingCardFields\n      week: upcoming(count: 7) {\n        start\n        end\n        inProgress\n        startsInMinutes\n      }\n    }\n    myHomeGroup {\n      id\n      name\n    }\n    myCalendarFeed {\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenMeetingChatRoom($key: String!) {\n    openChatRoom(key: $key) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenMeetingChatRoom($key: String!) {\n    openChatRoom(key: $key) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMeetingReminderSettings {\n    myMeetingReminderSettings {\n      meetingId\n      minutesBefore\n    }\n  }\n"): (typeof documents)["\n  query MyMeetingReminderSettings {\n    myMeetingReminderSettings {\n      meetingId\n      minutesBefore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingReminder($meetingId: ID!, $minutesBefore: Int) {\n    setMeetingReminder(meetingId: $meetingId, minutesBefore: $minutesBefore)\n  }\n"): (typeof documents)["\n  mutation SetMeetingReminder($meetingId: ID!, $minutesBefore: Int) {\n    setMeetingReminder(meetingId: $meetingId, minutesBefore: $minutesBefore)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJobsStatus {\n    adminJobsStatus {\n      working\n      queues {\n        name\n        schedule\n        waiting\n        active\n        completed\n        failed\n        lastCompletedAt\n        lastFailedAt\n        lastError\n      }\n      failures {\n        queue\n        jobId\n        attempts\n        failedAt\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminJobsStatus {\n    adminJobsStatus {\n      working\n      queues {\n        name\n        schedule\n        waiting\n        active\n        completed\n        failed\n        lastCompletedAt\n        lastFailedAt\n        lastError\n      }\n      failures {\n        queue\n        jobId\n        attempts\n        failedAt\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWeeklyDigest {\n    me {\n      id\n      weeklyDigest\n    }\n  }\n"): (typeof documents)["\n  query MyWeeklyDigest {\n    me {\n      id\n      weeklyDigest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWeeklyDigest($enabled: Boolean!) {\n    setWeeklyDigest(enabled: $enabled)\n  }\n"): (typeof documents)["\n  mutation SetWeeklyDigest($enabled: Boolean!) {\n    setWeeklyDigest(enabled: $enabled)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSources {\n    meetingSources {\n      id\n      url\n      source\n      kind\n      serviceBodyIds\n      graceDays\n      everyHours\n      fetchUrl\n      programCode\n      nextRunAt\n      lastRunAt\n      lastResult\n    }\n  }\n"): (typeof documents)["\n  query MeetingSources {\n    meetingSources {\n      id\n      url\n      source\n      kind\n      serviceBodyIds\n      graceDays\n      everyHours\n      fetchUrl\n      programCode\n      nextRunAt\n      lastRunAt\n      lastResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSourceRuns($sourceId: ID!) {\n    meetingSourceRuns(sourceId: $sourceId, limit: 20) {\n      id\n      startedAt\n      finishedAt\n      status\n      forced\n      added\n      updated\n      unchanged\n      missing\n      unpublished\n      republished\n      error\n      rowErrors {\n        row\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingSourceRuns($sourceId: ID!) {\n    meetingSourceRuns(sourceId: $sourceId, limit: 20) {\n      id\n      startedAt\n      finishedAt\n      status\n      forced\n      added\n      updated\n      unchanged\n      missing\n      unpublished\n      republished\n      error\n      rowErrors {\n        row\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingSource($input: MeetingSourceInput!) {\n    addMeetingSource(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingSource($input: MeetingSourceInput!) {\n    addMeetingSource(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeetingSource($id: ID!, $input: MeetingSourceInput!) {\n    updateMeetingSource(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeetingSource($id: ID!, $input: MeetingSourceInput!) {\n    updateMeetingSource(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncMeetingSource($id: ID!, $force: Boolean) {\n    syncMeetingSource(id: $id, force: $force) {\n      id\n      status\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation SyncMeetingSource($id: ID!, $force: Boolean) {\n    syncMeetingSource(id: $id, force: $force) {\n      id\n      status\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearMeetingOverride($meetingId: ID!, $field: String!) {\n    clearMeetingOverride(meetingId: $meetingId, field: $field) {\n      id\n      overrides {\n        field\n        sourceValue\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearMeetingOverride($meetingId: ID!, $field: String!) {\n    clearMeetingOverride(meetingId: $meetingId, field: $field) {\n      id\n      overrides {\n        field\n        sourceValue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SponsorshipWindowFields on WeeklyWindow {\n    day\n    startMinute\n    endMinute\n  }\n"): (typeof documents)["\n  fragment SponsorshipWindowFields on WeeklyWindow {\n    day\n    startMinute\n    endMinute\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SponsorshipFields on Sponsorship {\n    id\n    myRole\n    status\n    program\n    kind\n    temporary\n    requestMessage\n    declineReason\n    endReason\n    endedByMe\n    requestedAt\n    startedAt\n    endedAt\n    checkInDue\n    checkInDueAt\n    lastSeq\n    myReadSeq\n    otherReadSeq\n    unreadCount\n    other {\n      id\n      displayName\n      handle\n      badge\n      bio\n    }\n  }\n"): (typeof documents)["\n  fragment SponsorshipFields on Sponsorship {\n    id\n    myRole\n    status\n    program\n    kind\n    temporary\n    requestMessage\n    declineReason\n    endReason\n    endedByMe\n    requestedAt\n    startedAt\n    endedAt\n    checkInDue\n    checkInDueAt\n    lastSeq\n    myReadSeq\n    otherReadSeq\n    unreadCount\n    other {\n      id\n      displayName\n      handle\n      badge\n      bio\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeekerPreferences {\n    mySeekerPreferences {\n      program\n      languages\n      gender\n      preferredGenders\n      onMat\n      remoteOnly\n      timeZone\n      homeGroupId\n      meetingIds\n      area {\n        latitude\n        longitude\n      }\n      availability {\n        ...SponsorshipWindowFields\n      }\n    }\n    sponsorshipRules {\n      program\n      kind\n      minCleanDays\n    }\n  }\n"): (typeof documents)["\n  query SeekerPreferences {\n    mySeekerPreferences {\n      program\n      languages\n      gender\n      preferredGenders\n      onMat\n      remoteOnly\n      timeZone\n      homeGroupId\n      meetingIds\n      area {\n        latitude\n        longitude\n      }\n      availability {\n        ...SponsorshipWindowFields\n      }\n    }\n    sponsorshipRules {\n      program\n      kind\n      minCleanDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSeekerPreferences($input: SeekerPreferencesInput!) {\n    saveSeekerPreferences(input: $input) {\n      program\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSeekerPreferences($input: SeekerPreferencesInput!) {\n    saveSeekerPreferences(input: $input) {\n      program\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorMatches($first: Int, $after: String) {\n    sponsorMatches(first: $first, after: $after) {\n      program\n      kind\n      total\n      hasNextPage\n      endCursor\n      candidates {\n        sponsorId\n        displayName\n        handle\n        bio\n        kind\n        programs\n        languages\n        gender\n        matComfortable\n        timeZone\n        openSpots\n        distance\n        score\n        requestPending\n        cleanTime {\n          years\n          months\n        }\n        availability {\n          ...SponsorshipWindowFields\n        }\n        reasons {\n          kind\n          points\n          languages\n          minutes\n          distance\n          count\n          cleanTime {\n            years\n            months\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SponsorMatches($first: Int, $after: String) {\n    sponsorMatches(first: $first, after: $after) {\n      program\n      kind\n      total\n      hasNextPage\n      endCursor\n      candidates {\n        sponsorId\n        displayName\n        handle\n        bio\n        kind\n        programs\n        languages\n        gender\n        matComfortable\n        timeZone\n        openSpots\n        distance\n        score\n        requestPending\n        cleanTime {\n          years\n          months\n        }\n        availability {\n          ...SponsorshipWindowFields\n        }\n        reasons {\n          kind\n          points\n          languages\n          minutes\n          distance\n          count\n          cleanTime {\n            years\n            months\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySponsorProfile {\n    mySponsorProfile {\n      programs\n      cleanDate\n      languages\n      gender\n      sponsorsGenders\n      timeZone\n      homeGroupId\n      meetingIds\n      matComfortable\n      bio\n      capacity\n      activeSponsees\n      accepting\n      offered\n      cleanTime {\n        years\n        months\n      }\n      area {\n        latitude\n        longitude\n      }\n      availability {\n        ...SponsorshipWindowFields\n      }\n      eligibility {\n        program\n        kind\n        eligible\n        minCleanDays\n        eligibleFrom\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySponsorProfile {\n    mySponsorProfile {\n      programs\n      cleanDate\n      languages\n      gender\n      sponsorsGenders\n      timeZone\n      homeGroupId\n      meetingIds\n      matComfortable\n      bio\n      capacity\n      activeSponsees\n      accepting\n      offered\n      cleanTime {\n        years\n        months\n      }\n      area {\n        latitude\n        longitude\n      }\n      availability {\n        ...SponsorshipWindowFields\n      }\n      eligibility {\n        program\n        kind\n        eligible\n        minCleanDays\n        eligibleFrom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSponsorProfile($input: SponsorProfileInput!) {\n    saveSponsorProfile(input: $input) {\n      offered\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSponsorProfile($input: SponsorProfileInput!) {\n    saveSponsorProfile(input: $input) {\n      offered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSponsorProfile {\n    removeSponsorProfile\n  }\n"): (typeof documents)["\n  mutation RemoveSponsorProfile {\n    removeSponsorProfile\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMeetingsForSponsorship {\n    mySavedMeetings {\n      id\n      name\n    }\n    myHomeGroup {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyMeetingsForSponsorship {\n    mySavedMeetings {\n      id\n      name\n    }\n    myHomeGroup {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySponsorships {\n    mySponsorships {\n      ...SponsorshipFields\n    }\n  }\n"): (typeof documents)["\n  query MySponsorships {\n    mySponsorships {\n      ...SponsorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sponsorship($id: ID!) {\n    sponsorship(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n"): (typeof documents)["\n  query Sponsorship($id: ID!) {\n    sponsorship(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSponsorship($input: RequestSponsorshipInput!) {\n    requestSponsorship(input: $input) {\n      ...SponsorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSponsorship($input: RequestSponsorshipInput!) {\n    requestSponsorship(input: $input) {\n      ...SponsorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSponsorshipRequest($id: ID!) {\n    acceptSponsorshipRequest(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSponsorshipRequest($id: ID!) {\n    acceptSponsorshipRequest(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineSponsorshipRequest($id: ID!, $reason: String) {\n    declineSponsorshipRequest(id: $id, reason: $reason) {\n      ...SponsorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineSponsorshipRequest($id: ID!, $reason: String) {\n    declineSponsorshipRequest(id: $id, reason: $reason) {\n      ...SponsorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSponsorshipRequest($id: ID!) {\n    withdrawSponsorshipRequest(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSponsorshipRequest($id: ID!) {\n    withdrawSponsorshipRequest(id: $id) {\n      ...SponsorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSponsorship($id: ID!, $reason: String) {\n    endSponsorship(id: $id, reason: $reason) {\n      ...SponsorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndSponsorship($id: ID!, $reason: String) {\n    endSponsorship(id: $id, reason: $reason) {\n      ...SponsorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInSponsorship($id: ID!, $makePermanent: Boolean) {\n    checkInSponsorship(id: $id, makePermanent: $makePermanent) {\n      ...SponsorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInSponsorship($id: ID!, $makePermanent: Boolean) {\n    checkInSponsorship(id: $id, makePermanent: $makePermanent) {\n      ...SponsorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockSponsorshipMember($memberId: ID!) {\n    blockSponsorshipMember(memberId: $memberId)\n  }\n"): (typeof documents)["\n  mutation BlockSponsorshipMember($memberId: ID!) {\n    blockSponsorshipMember(memberId: $memberId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorshipNotifications {\n    sponsorshipNotifications(first: 20) {\n      unreadCount\n      notifications {\n        id\n        kind\n        relationshipKind\n        sponsorshipId\n        createdAt\n        read\n        actor {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SponsorshipNotifications {\n    sponsorshipNotifications(first: 20) {\n      unreadCount\n      notifications {\n        id\n        kind\n        relationshipKind\n        sponsorshipId\n        createdAt\n        read\n        actor {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSponsorshipNotificationsRead {\n    markSponsorshipNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkSponsorshipNotificationsRead {\n    markSponsorshipNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorshipMessages($id: ID!, $before: String) {\n    sponsorshipMessages(sponsorshipId: $id, last: 30, before: $before) {\n      hasOlder\n      olderCursor\n      messages {\n        id\n        sponsorshipId\n        seq\n        senderId\n        clientId\n        text\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SponsorshipMessages($id: ID!, $before: String) {\n    sponsorshipMessages(sponsorshipId: $id, last: 30, before: $before) {\n      hasOlder\n      olderCursor\n      messages {\n        id\n        sponsorshipId\n        seq\n        senderId\n        clientId\n        text\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorshipPrograms {\n    recoveryPrograms {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query SponsorshipPrograms {\n    recoveryPrograms {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckIns($days: Int!) {\n    myCheckIns(days: $days) {\n      today\n      todayCheckIn {\n        date\n        mood\n        craving\n        note\n      }\n      entries {\n        date\n        mood\n        craving\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCheckIns($days: Int!) {\n    myCheckIns(days: $days) {\n      today\n      todayCheckIn {\n        date\n        mood\n        craving\n        note\n      }\n      entries {\n        date\n        mood\n        craving\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      date\n      mood\n      craving\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      date\n      mood\n      craving\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpNow {\n    helpNow {\n      country\n      people {\n        name\n        phone\n        note\n      }\n      sponsor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpNow {\n    helpNow {\n      country\n      people {\n        name\n        phone\n        note\n      }\n      sponsor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveSponsorships {\n    mySponsorships(statuses: [ACTIVE]) {\n      id\n      myRole\n      other {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActiveSponsorships {\n    mySponsorships(statuses: [ACTIVE]) {\n      id\n      myRole\n      other {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsStartingSoon($filter: MeetingFilter!) {\n    meetings(filter: $filter, first: 5) {\n      edges {\n        node {\n          id\n          name\n          program {\n            code\n            name\n          }\n          online {\n            url\n            phone\n            provider\n          }\n          upcoming(count: 1) {\n            start\n            inProgress\n            startsInMinutes\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsStartingSoon($filter: MeetingFilter!) {\n    meetings(filter: $filter, first: 5) {\n      edges {\n        node {\n          id\n          name\n          program {\n            code\n            name\n          }\n          online {\n            url\n            phone\n            provider\n          }\n          upcoming(count: 1) {\n            start\n            inProgress\n            startsInMinutes\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on RecoveryPlan {\n    warningSigns\n    triggers {\n      people\n      places\n      things\n      feelings\n    }\n    halt {\n      hungry\n      angry\n      lonely\n      tired\n    }\n    copingActions\n    reasons\n    people {\n      name\n      phone\n      note\n    }\n    sponsor {\n      id\n      displayName\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PlanFields on RecoveryPlan {\n    warningSigns\n    triggers {\n      people\n      places\n      things\n      feelings\n    }\n    halt {\n      hungry\n      angry\n      lonely\n      tired\n    }\n    copingActions\n    reasons\n    people {\n      name\n      phone\n      note\n    }\n    sponsor {\n      id\n      displayName\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlan {\n    myPlan {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  query MyPlan {\n    myPlan {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePlan($input: RecoveryPlanInput!) {\n    savePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation SavePlan($input: RecoveryPlanInput!) {\n    savePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecoveryFields on MyRecovery {\n    cleanDate\n    country\n    timeZone\n    timeZoneSet\n    cleanTime {\n      today\n      days\n      years\n      months\n      remainderDays\n      latest {\n        key\n        unit\n        amount\n        date\n        daysAgo\n      }\n      next {\n        key\n        unit\n        amount\n        date\n        daysAway\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RecoveryFields on MyRecovery {\n    cleanDate\n    country\n    timeZone\n    timeZoneSet\n    cleanTime {\n      today\n      days\n      years\n      months\n      remainderDays\n      latest {\n        key\n        unit\n        amount\n        date\n        daysAgo\n      }\n      next {\n        key\n        unit\n        amount\n        date\n        daysAway\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecovery {\n    myRecovery {\n      ...RecoveryFields\n    }\n  }\n"): (typeof documents)["\n  query MyRecovery {\n    myRecovery {\n      ...RecoveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCleanDate($cleanDate: String!) {\n    setCleanDate(cleanDate: $cleanDate) {\n      ...RecoveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCleanDate($cleanDate: String!) {\n    setCleanDate(cleanDate: $cleanDate) {\n      ...RecoveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearCleanDate {\n    clearCleanDate {\n      ...RecoveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearCleanDate {\n    clearCleanDate {\n      ...RecoveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecoveryCountry($country: String!) {\n    setRecoveryCountry(country: $country) {\n      ...RecoveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetRecoveryCountry($country: String!) {\n    setRecoveryCountry(country: $country) {\n      ...RecoveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTimeZone($timeZone: String!) {\n    updateProfile(input: { timeZone: $timeZone }) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTimeZone($timeZone: String!) {\n    updateProfile(input: { timeZone: $timeZone }) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceFields on Resource {\n    id\n    title\n    summary\n    body\n    steps\n    programs\n    kind\n    language\n    country\n    url\n    phone\n    textNumber\n    tty\n    sourceUrl\n    worksheetKind\n  }\n"): (typeof documents)["\n  fragment ResourceFields on Resource {\n    id\n    title\n    summary\n    body\n    steps\n    programs\n    kind\n    language\n    country\n    url\n    phone\n    textNumber\n    tty\n    sourceUrl\n    worksheetKind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchResources(\n    $query: String\n    $programs: [ResourceProgram!]\n    $kinds: [ResourceKind!]\n    $language: String\n    $country: String\n    $first: Int!\n    $after: String\n  ) {\n    resources(\n      query: $query\n      programs: $programs\n      kinds: $kinds\n      language: $language\n      country: $country\n      first: $first\n      after: $after\n    ) {\n      total\n      hasNextPage\n      endCursor\n      resources {\n        ...ResourceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchResources(\n    $query: String\n    $programs: [ResourceProgram!]\n    $kinds: [ResourceKind!]\n    $language: String\n    $country: String\n    $first: Int!\n    $after: String\n  ) {\n    resources(\n      query: $query\n      programs: $programs\n      kinds: $kinds\n      language: $language\n      country: $country\n      first: $first\n      after: $after\n    ) {\n      total\n      hasNextPage\n      endCursor\n      resources {\n        ...ResourceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorksheetFields on Worksheet {\n    id\n    kind\n    title\n    mine\n    owner {\n      id\n      displayName\n    }\n    sharedWith {\n      id\n      displayName\n    }\n    visibleToSponsor\n    updatedAt\n    costBenefit {\n      behavior\n      usingBenefits\n      usingCosts\n      notUsingBenefits\n      notUsingCosts\n      reflection\n    }\n    abc {\n      activatingEvent\n      beliefs\n      consequences\n      disputing\n      effectiveBeliefs\n    }\n    changePlan {\n      changes\n      reasons\n      steps\n      helpers\n      signsOfSuccess\n      obstacles\n    }\n  }\n"): (typeof documents)["\n  fragment WorksheetFields on Worksheet {\n    id\n    kind\n    title\n    mine\n    owner {\n      id\n      displayName\n    }\n    sharedWith {\n      id\n      displayName\n    }\n    visibleToSponsor\n    updatedAt\n    costBenefit {\n      behavior\n      usingBenefits\n      usingCosts\n      notUsingBenefits\n      notUsingCosts\n      reflection\n    }\n    abc {\n      activatingEvent\n      beliefs\n      consequences\n      disputing\n      effectiveBeliefs\n    }\n    changePlan {\n      changes\n      reasons\n      steps\n      helpers\n      signsOfSuccess\n      obstacles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorksheetLists {\n    myWorksheets {\n      id\n      kind\n      title\n      updatedAt\n      visibleToSponsor\n      sharedWith {\n        id\n        displayName\n      }\n    }\n    worksheetsSharedWithMe {\n      id\n      kind\n      title\n      updatedAt\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorksheetLists {\n    myWorksheets {\n      id\n      kind\n      title\n      updatedAt\n      visibleToSponsor\n      sharedWith {\n        id\n        displayName\n      }\n    }\n    worksheetsSharedWithMe {\n      id\n      kind\n      title\n      updatedAt\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Worksheet($id: ID!) {\n    worksheet(id: $id) {\n      ...WorksheetFields\n    }\n  }\n"): (typeof documents)["\n  query Worksheet($id: ID!) {\n    worksheet(id: $id) {\n      ...WorksheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCostBenefit($input: CostBenefitInput!) {\n    saveCostBenefit(input: $input) {\n      ...WorksheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCostBenefit($input: CostBenefitInput!) {\n    saveCostBenefit(input: $input) {\n      ...WorksheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAbc($input: AbcInput!) {\n    saveAbc(input: $input) {\n      ...WorksheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAbc($input: AbcInput!) {\n    saveAbc(input: $input) {\n      ...WorksheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveChangePlan($input: ChangePlanInput!) {\n    saveChangePlan(input: $input) {\n      ...WorksheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveChangePlan($input: ChangePlanInput!) {\n    saveChangePlan(input: $input) {\n      ...WorksheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareWorksheet($id: ID!, $shared: Boolean!) {\n    shareWorksheet(id: $id, shared: $shared) {\n      ...WorksheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareWorksheet($id: ID!, $shared: Boolean!) {\n    shareWorksheet(id: $id, shared: $shared) {\n      ...WorksheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorksheet($id: ID!) {\n    deleteWorksheet(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWorksheet($id: ID!) {\n    deleteWorksheet(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;