package org.opendti.git.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitMessagesTest {

  @Test
  void readsThePullRequestFromMergeAndSquashTitles() {
    assertThat(CommitMessages.pullRequest("Merge pull request #12 from unit-a/submit"))
        .isEqualTo(12);
    assertThat(CommitMessages.pullRequest("Update submission (#13)")).isEqualTo(13);
    assertThat(CommitMessages.pullRequest("Revert \"Add b (#12)\" (#14) ")).isEqualTo(14);
  }

  @Test
  void otherTitlesRecordNoPullRequest() {
    assertThat(CommitMessages.pullRequest("Fix #12")).isNull();
    assertThat(CommitMessages.pullRequest("Merge branch 'x' (#12) into main")).isNull();
    assertThat(CommitMessages.pullRequest("Merge pull request #12")).isNull();
    assertThat(CommitMessages.pullRequest("Big (#99999999999999999999)")).isNull();
  }
}
